using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Core's ordered schema migrations (the domain's tables), tracked with PRAGMA user_version. Append new steps at the
/// end; never edit a shipped one. Tables of other parts of the program (the bot's delivery state) are theirs, in their
/// own <see cref="SchemaMigrations"/> sequence.
/// </summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        // 1: documents, passages and the FTS5 index over folded text.
        """
        CREATE TABLE documents (
            id            INTEGER PRIMARY KEY,
            source_key    TEXT NOT NULL UNIQUE,
            path          TEXT,
            title         TEXT NOT NULL,
            source        TEXT,
            published     TEXT,
            province      TEXT,
            content_hash  TEXT NOT NULL,
            origin        TEXT NOT NULL DEFAULT 'knowledge',
            added_at      TEXT NOT NULL,
            passage_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_documents_hash ON documents(content_hash);
        CREATE TABLE passages (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal     INTEGER NOT NULL,
            section     TEXT,
            text        TEXT NOT NULL
        );
        CREATE INDEX ix_passages_document ON passages(document_id, ordinal);
        CREATE VIRTUAL TABLE passages_fts USING fts5(
            title, section, body, meta,
            tokenize = 'unicode61 remove_diacritics 2',
            detail = full
        );
        CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row');
        CREATE TABLE kv (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
        // 2: course calendar, suggestions extracted from documents, digest subscriptions and the digest send log.
        """
        CREATE TABLE courses (
            id          INTEGER PRIMARY KEY,
            title       TEXT NOT NULL,
            start_date  TEXT NOT NULL,
            end_date    TEXT,
            location    TEXT,
            audience    TEXT,
            organiser   TEXT,
            notes       TEXT,
            origin      TEXT NOT NULL,
            dedupe_key  TEXT NOT NULL UNIQUE,
            created_at  TEXT NOT NULL
        );
        CREATE INDEX ix_courses_dates ON courses(start_date, end_date);
        CREATE TABLE course_suggestions (
            id             INTEGER PRIMARY KEY,
            document_id    INTEGER,
            document_title TEXT,
            title          TEXT NOT NULL,
            start_date     TEXT NOT NULL,
            end_date       TEXT,
            date_precision TEXT NOT NULL DEFAULT 'day',
            location       TEXT,
            audience       TEXT,
            organiser      TEXT,
            evidence       TEXT NOT NULL,
            status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed')),
            course_id      INTEGER REFERENCES courses(id) ON DELETE SET NULL,
            dedupe_key     TEXT NOT NULL UNIQUE,
            created_at     TEXT NOT NULL,
            decided_at     TEXT,
            decided_by     TEXT
        );
        CREATE INDEX ix_course_suggestions_status ON course_suggestions(status, start_date);
        CREATE TABLE subscriptions (
            chat_id       INTEGER PRIMARY KEY,
            chat_title    TEXT,
            subscribed_by INTEGER,
            subscribed_at TEXT NOT NULL
        );
        CREATE TABLE digest_log (
            chat_id     INTEGER NOT NULL,
            local_date  TEXT NOT NULL,
            status      TEXT NOT NULL,
            message_id  INTEGER,
            detail      TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (chat_id, local_date)
        );
        """,
        // 3: optional passage embeddings (Llm:EmbeddingModel), one normalized float32 vector per passage.
        """
        CREATE TABLE passage_embeddings (
            passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
            model      TEXT NOT NULL,
            dims       INTEGER NOT NULL,
            vector     BLOB NOT NULL
        );
        CREATE INDEX ix_passage_embeddings_model ON passage_embeddings(model, passage_id);
        """,
        // 4: moved out of Core: the chat platform's tables, now step 1 of the bot's own migrations (owner 'bot').
        // Kept empty so that every later step keeps its number.
        "",
        // 5: the full-text index holds syllables and adjacent syllable pairs as single tokens ("dan_van"), so a word is
        // one doclist with its own frequency instead of a phrase over two common syllables' position lists. It keeps no
        // copy of the text (contentless: relevance is scored on passages.text); positions stay (detail=full) because
        // bm25 on a contentless table counts hits from them. Each document is its own transaction, hence its own small
        // segment: merging 16 at a time instead of 4 halves the rewriting (searches read a few more segments, cheaply
        // for the rare terms they match). IndexMaintenance fills it at start. Counting every term's
        // passages scans the index, so VocabularyCache keeps the counts in vocabulary_snapshot (labelled in kv).
        """
        DROP TABLE passages_vocab;
        DROP TABLE passages_fts;
        CREATE VIRTUAL TABLE passage_terms USING fts5(
            title, section, body, meta,
            content = '', contentless_delete = 1, detail = full,
            tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
        );
        INSERT INTO passage_terms (passage_terms, rank) VALUES ('automerge', 16);
        CREATE VIRTUAL TABLE passage_terms_vocab USING fts5vocab(passage_terms, 'row');
        DELETE FROM kv WHERE key = 'index_format';
        CREATE TABLE vocabulary_snapshot (
            term TEXT PRIMARY KEY,
            doc  INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
        // 6: the question log behind the unanswered report, usage statistics and 👍/👎 feedback. No user ids or names:
        // a vote's voter is a keyed hash of (question, user) that cannot be linked across questions. Rows older than
        // Questions:RetentionDays are purged (cascading to sources and votes). Cited passages keep their document's
        // title, so statistics survive the document's removal.
        """
        CREATE TABLE questions (
            id        INTEGER PRIMARY KEY,
            asked_at  TEXT NOT NULL,
            channel   TEXT NOT NULL,
            question  TEXT NOT NULL,
            key_terms TEXT NOT NULL,
            outcome   TEXT NOT NULL CHECK (outcome IN ('answered', 'related', 'none')),
            mode      TEXT NOT NULL
        );
        CREATE INDEX ix_questions_asked ON questions(asked_at);
        CREATE TABLE question_sources (
            question_id    INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            rank           INTEGER NOT NULL,
            passage_id     INTEGER NOT NULL,
            document_id    INTEGER NOT NULL,
            document_title TEXT NOT NULL,
            PRIMARY KEY (question_id, rank)
        ) WITHOUT ROWID;
        CREATE TABLE question_votes (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            voter       TEXT NOT NULL,
            vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
            voted_at    TEXT NOT NULL,
            PRIMARY KEY (question_id, voter)
        ) WITHOUT ROWID;
        """,
        // 7: moved out of Core: step 2 of the bot's own migrations.
        "",
        // 8: the written forms of every folded syllable with the number of passages using each ("doi": đội 812, đổi 240,
        // đời 95), kept by SyllableForms on every write and removal; how ambiguous a syllable typed without diacritics
        // is. An empty index starts counted; one with passages is counted once at start (IndexMaintenance; kv 'syllable_forms').
        """
        CREATE TABLE syllable_forms (
            folded   TEXT NOT NULL,
            form     TEXT NOT NULL,
            passages INTEGER NOT NULL,
            PRIMARY KEY (folded, form)
        ) WITHOUT ROWID;
        INSERT INTO kv (key, value) SELECT 'syllable_forms', '1' WHERE NOT EXISTS (SELECT 1 FROM passages);
        """,
    ];

    public static int LatestVersion => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = GetVersion(connection);
        if (current > Steps.Length)
        {
            throw new SchemaTooNewException(current, Steps.Length);
        }

        for (var version = current + 1; version <= Steps.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[version - 1] + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static int GetVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
