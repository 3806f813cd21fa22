-- The schema as DanVan.Bot's migrations made it on 2026-12-06 (main 27d2c55), before the bot's tables moved into the
-- bot's own migrations: Core's steps 1-7 verbatim, each followed by the PRAGMA user_version it set. Frozen: never edit.
-- BotSchemaUpgradeTests replay the first N steps to make a database of any version of that day's code.
-- step 1
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
PRAGMA user_version = 1;
-- step 2
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
PRAGMA user_version = 2;
-- step 3
CREATE TABLE passage_embeddings (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    model      TEXT NOT NULL,
    dims       INTEGER NOT NULL,
    vector     BLOB NOT NULL
);
CREATE INDEX ix_passage_embeddings_model ON passage_embeddings(model, passage_id);
PRAGMA user_version = 3;
-- step 4
CREATE TABLE telegram_updates (
    update_id    INTEGER PRIMARY KEY,
    payload      TEXT,
    received_at  TEXT NOT NULL,
    processed_at TEXT
);
CREATE INDEX ix_telegram_updates_pending ON telegram_updates(update_id) WHERE processed_at IS NULL;
CREATE TABLE telegram_answers (
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    question   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
) WITHOUT ROWID;
CREATE INDEX ix_telegram_answers_created ON telegram_answers(created_at);
PRAGMA user_version = 4;
-- step 5
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
PRAGMA user_version = 5;
-- step 6
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
PRAGMA user_version = 6;
-- step 7
ALTER TABLE telegram_updates ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE telegram_updates ADD COLUMN next_attempt_at TEXT;
ALTER TABLE telegram_updates ADD COLUMN failed_at TEXT;
ALTER TABLE telegram_updates ADD COLUMN last_error TEXT;
DROP INDEX ix_telegram_updates_pending;
CREATE INDEX ix_telegram_updates_pending ON telegram_updates(update_id) WHERE processed_at IS NULL AND failed_at IS NULL;
CREATE INDEX ix_telegram_updates_failed ON telegram_updates(failed_at) WHERE failed_at IS NOT NULL;
CREATE TABLE telegram_outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id             INTEGER NOT NULL,
    update_id           INTEGER,
    text                TEXT NOT NULL,
    parse_mode          TEXT,
    reply_to_message_id INTEGER,
    reply_markup        TEXT,
    follow_up_question  TEXT,
    created_at          TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped', 'expired', 'failed')),
    message_id          INTEGER,
    done_at             TEXT,
    last_error          TEXT
);
CREATE INDEX ix_telegram_outbox_pending ON telegram_outbox(chat_id, id) WHERE status = 'pending';
CREATE INDEX ix_telegram_outbox_done ON telegram_outbox(done_at) WHERE status <> 'pending';
PRAGMA user_version = 7;
