package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.AttachmentInfo;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The files of a request, each a download link. The content is fetched through the service at
 * download time, so the access rule is checked again then.
 */
public class AttachmentList extends UnorderedList {

    public AttachmentList(List<AttachmentInfo> attachments, LongFunction<Attachment> download) {
        addClassName("attachments");
        for (AttachmentInfo info : attachments) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                Attachment file = download.apply(info.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            }), getTranslation("request.attachments.size", info.fileName(), Math.max(1, info.sizeBytes() / 1024)));
            add(new ListItem(link));
        }
    }
}
