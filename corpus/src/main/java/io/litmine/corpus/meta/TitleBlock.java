package io.litmine.corpus.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The title and author lines of a paper's first page, found from the text alone (Tika gives no font
 * sizes): above the abstract, skip the page furniture (running citation line, URLs, all-capitals labels
 * such as "RESEARCH ARTICLE Open Access" or "TRIALS", the article-type word, lines of numbers); the
 * first remaining line opens the title, which runs until the author line — names with affiliation marks
 * ({@code Ross Barnett1,9*}, {@code Djoko T. Iskandar 1}), separated by commas and "and".
 */
final class TitleBlock {

    private static final int MAX_LINES = 80;
    private static final int MAX_TITLE_LINES = 5;
    private static final Pattern ABSTRACT = Pattern.compile("(?i)^\\s*(abstract|summary|background)\\b.*");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i).*(https?:|www\\.|@|\\bdoi\\b|\\bet al\\b|\\bissn\\b|©|open access|licensee|citation:|received:|accepted:"
                    + "|published:|correspondence|e-?mail|creative commons).*"
                    // PeerJ's side column: "Submitted 25 March 2016", "Academic editor", "Declarations can be found on"
                    + "|(?i)^(submitted|accepted|published|received|revised|corresponding author|academic editor"
                    + "|additional information|declarations can be found|copyright|distributed under|subjects|keywords)\\b.*");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i)^(research )?(article|review|original (research|article)|research|methodology|letter|commentary|"
                    + "brief report|short communication|case report|editorial|perspective)s?$");
    /** An affiliation mark glued to a name: "Barnett1,9*", "Biró1*", "Evans 2", "Fanizzi 2,*". */
    private static final Pattern MARKS = Pattern.compile("(?<=\\p{L}\\.?)\\s?\\d+(?:\\s?,\\s?\\d+)*(?:\\s?,?\\s?[*†‡§])*|[*†‡§]+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([*_#\\[\\]()`])");
    /** "School", "University", "Institute": an affiliation, never a name (affiliation-words.txt). */
    private static final java.util.Set<String> AFFILIATION_WORDS = WordList.read("affiliation-words.txt");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|del|da|van|von|der|den|la|le|di|dos|du|ten|ter|bin|al)");

    private final List<String> title = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();

    private TitleBlock() {
    }

    /** Reads the title and author lines from the start of {@code firstPage}. */
    static TitleBlock read(String firstPage) {
        TitleBlock block = new TitleBlock();
        List<String> lines = firstPage.lines().map(TitleBlock::plain).filter(l -> !l.isEmpty()).limit(MAX_LINES).toList();
        int i = 0;
        while (i < lines.size() && !ABSTRACT.matcher(lines.get(i)).matches() && !titleLike(lines.get(i))) {
            i++;
        }
        for (; i < lines.size() && block.title.size() < MAX_TITLE_LINES; i++) {
            String line = lines.get(i);
            if (ABSTRACT.matcher(line).matches() || authorLine(line) || (!block.title.isEmpty() && furniture(line))) {
                break;
            }
            block.title.add(line);
        }
        for (; i < lines.size() && authorLine(lines.get(i)); i++) {
            block.authors.addAll(names(lines.get(i)));
        }
        return block;
    }

    /** A line without Markdown's heading marks and backslash escapes ("# Title", "Suparada Triyanond \\*"). */
    private static String plain(String line) {
        return MARKDOWN_ESCAPE.matcher(MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("")).replaceAll("$1").strip();
    }

    String title() {
        return String.join(" ", title).replaceAll("\\s+", " ").strip();
    }

    List<String> authors() {
        return List.copyOf(authors);
    }

    private static boolean titleLike(String line) {
        return !furniture(line) && line.chars().filter(Character::isLetter).count() >= 12 && line.split("\\s+").length >= 3
                && names(line).isEmpty();
    }

    private static boolean furniture(String line) {
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return FURNITURE.matcher(line).matches() || ARTICLE_TYPE.matcher(line).matches()
                || letters == 0 || (letters >= 4 && upper > 0.6 * letters) || Character.isDigit(line.charAt(0));
    }

    /**
     * A line of two or more names, or of one name with affiliation marks. A title line is no author line
     * however capitalised: it has a lower-case word that no name has, or no separators and marks at all.
     */
    static boolean authorLine(String line) {
        boolean marked = MARKS.matcher(line).find();
        List<String> names = names(line);
        if (names.isEmpty() || (names.size() == 1 && !marked) || line.startsWith("(")) {
            return false;
        }
        return names.size() >= 2 || marked;
    }

    /** The names of an author line, marks removed; empty when any part is not a name. */
    static List<String> names(String line) {
        String bare = MARKS.matcher(line).replaceAll(" ");
        List<String> names = new ArrayList<>();
        for (String part : bare.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            if (!isName(name)) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /** Two to five capitalised tokens or initials ("Simon YW Ho", "Laura Del Coco", "Ben J. Evans"). */
    static boolean isName(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        for (String token : tokens) {
            if (!NAME_TOKEN.matcher(token).matches() || AFFILIATION_WORDS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return Character.isUpperCase(tokens[tokens.length - 1].charAt(0));
    }
}
