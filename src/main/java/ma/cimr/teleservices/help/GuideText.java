package ma.cimr.teleservices.help;

/** A guide as the page shows it: its title (the file's first line) and its Markdown body. */
public record GuideText(Guide guide, String title, String body) {
}
