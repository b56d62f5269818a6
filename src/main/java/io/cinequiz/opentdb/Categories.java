package io.cinequiz.opentdb;

import java.util.List;

/** Open Trivia DB's 24 categories (ids 9 to 32). Every cinequiz question is in 11, "Entertainment: Film". */
final class Categories {

    static final int FILM = 11;

    /** One category, as {@code /api_category.php} lists it. */
    record Category(int id, String name) {
    }

    static final List<Category> ALL = List.of(
            new Category(9, "General Knowledge"),
            new Category(10, "Entertainment: Books"),
            new Category(11, "Entertainment: Film"),
            new Category(12, "Entertainment: Music"),
            new Category(13, "Entertainment: Musicals & Theatres"),
            new Category(14, "Entertainment: Television"),
            new Category(15, "Entertainment: Video Games"),
            new Category(16, "Entertainment: Board Games"),
            new Category(17, "Science & Nature"),
            new Category(18, "Science: Computers"),
            new Category(19, "Science: Mathematics"),
            new Category(20, "Mythology"),
            new Category(21, "Sports"),
            new Category(22, "Geography"),
            new Category(23, "History"),
            new Category(24, "Politics"),
            new Category(25, "Art"),
            new Category(26, "Celebrities"),
            new Category(27, "Animals"),
            new Category(28, "Vehicles"),
            new Category(29, "Entertainment: Comics"),
            new Category(30, "Science: Gadgets"),
            new Category(31, "Entertainment: Japanese Anime & Manga"),
            new Category(32, "Entertainment: Cartoon & Animations"));

    private Categories() {
    }

    static boolean exists(int id) {
        return id >= 9 && id <= 32;
    }

    static String name(int id) {
        return ALL.get(id - 9).name();
    }
}
