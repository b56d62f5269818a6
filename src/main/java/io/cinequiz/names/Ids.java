package io.cinequiz.names;

/**
 * The characters ids may take: ASCII letters, digits and a few separators, so that no id carries an invisible, bidi,
 * control or look-alike character. Written so that they mean the same as Java and as ECMAScript regular expressions
 * (the OpenAPI document publishes them), and anchored, because a document pattern may match part of a value.
 */
public final class Ids {

    /** A client's own id for one of its players, or for a community; {@code :} is reserved for namespaces. */
    public static final String LOCAL_ID = "^[A-Za-z0-9_.-]{1,48}$";
    public static final String LOCAL_ID_MESSAGE = "must be 1 to 48 ASCII letters, digits or _.- characters";

    /** A room key: a chat channel's id, such as {@code guild-7:channel-42}. */
    public static final String ROOM_KEY = "^[A-Za-z0-9_.:-]{1,64}$";
    public static final String ROOM_KEY_MESSAGE = "must be 1 to 64 ASCII letters, digits or _.:- characters";

    /** A client's request id, for retries: printable ASCII. */
    public static final String REQUEST_ID = "^[!-~]{1,64}$";
    public static final String REQUEST_ID_MESSAGE = "must be 1 to 64 printable ASCII characters";

    /** A question's id as served in a session or a round. */
    public static final String QUESTION_ID = "^[A-Za-z0-9_-]{1,64}$";
    public static final String QUESTION_ID_MESSAGE = "must be a question id as served (ASCII letters, digits, _ or -)";

    /** Free text (a report's detail): anything but control characters other than tab and line breaks. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String TEXT_MESSAGE = "must not contain control characters";

    private Ids() {
    }
}
