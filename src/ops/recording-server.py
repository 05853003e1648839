#!/usr/bin/env python3
"""A recording SMTP server and SMS gateway for the ops scripts (DD038).

Why: the production profile refuses the portal's in-memory "recording" gateways, so the scripts
need a real SMTP server and a real SMS HTTP gateway; this one keeps each message it receives, one
JSON line per message, so "each outbox message sent once" can be counted against the outbox rows.
Standard library only (python3 is on every Debian machine), no relay, loopback only.

    recording-server.py DIR SMTP_PORT HTTP_PORT
writes DIR/mails.jsonl and DIR/sms.jsonl.
"""
import hashlib
import json
import socketserver
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OUT = sys.argv[1]
SMTP_PORT = int(sys.argv[2])
HTTP_PORT = int(sys.argv[3])
LOCK = threading.Lock()


def record(name, entry):
    with LOCK, open(f"{OUT}/{name}", "a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")


class Smtp(socketserver.StreamRequestHandler):
    """Just enough of RFC 5321 for JavaMail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 recording ESMTP")
        sender, recipients = None, []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-recording")
                self.reply("250-8BITMIME")
                self.reply("250 SMTPUTF8")
            elif verb == "HELO":
                self.reply("250 recording")
            elif verb == "MAIL":
                sender, recipients = command[10:].strip(), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command[8:].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                data = b"".join(lines)
                subject = next((l.decode("utf-8", "replace")[8:].strip() for l in lines
                                if l.lower().startswith(b"subject:")), "")
                record("mails.jsonl", {"from": sender, "to": recipients, "subject": subject,
                                       "sha256": hashlib.sha256(data.split(b"\r\n\r\n", 1)[-1]).hexdigest()})
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            else:
                self.reply("502 Command not implemented")


class Sms(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            message = json.loads(body)
        except ValueError:
            message = {"raw": body.decode("utf-8", "replace")}
        record("sms.jsonl", {"to": message.get("to"), "sha256": hashlib.sha256(body).hexdigest()})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"status":"accepted"}')

    def log_message(self, *args):
        pass


class ThreadingSmtp(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    smtp = ThreadingSmtp(("127.0.0.1", SMTP_PORT), Smtp)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    ThreadingHTTPServer(("127.0.0.1", HTTP_PORT), Sms).serve_forever()
