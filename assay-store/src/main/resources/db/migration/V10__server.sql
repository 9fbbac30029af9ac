-- The web application's tables: users and API tokens, screened declarations and their
-- assessments, batch jobs, cases with inspection outcomes, and the hash-chained audit log. They
-- live in the store (not the server) so that command-line tools reading the same database
-- (assay audit verify, assay ml train --db) know them. Portable SQL: PostgreSQL and H2.

CREATE TABLE app_user (
    username      VARCHAR(100)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200)  NOT NULL,
    role          VARCHAR(32)   NOT NULL,
    -- Comma-separated customs office codes (risk officers); empty for other roles.
    offices       VARCHAR(1000) NOT NULL,
    -- The unified social credit code an exporter's user acts for; null for other roles.
    exporter_id   CHAR(18),
    enabled       BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_role_known CHECK (role IN ('RISK_OFFICER', 'LICENSING_OFFICER', 'ANALYST', 'EXPORTER', 'ADMIN')),
    CONSTRAINT app_user_exporter_has_code CHECK (role <> 'EXPORTER' OR exporter_id IS NOT NULL)
);

-- Tokens are stored as the SHA-256 of the secret only: the secret is shown once, at creation.
CREATE TABLE api_token (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL UNIQUE,
    username   VARCHAR(100) NOT NULL REFERENCES app_user (username),
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked    BOOLEAN      NOT NULL
);

-- One row per screened declaration: the declaration as submitted (nested JSON) and its latest
-- assessment (the JSON Lines object of assay screen), with the columns the queues filter on.
CREATE TABLE assessment (
    declaration_id VARCHAR(64)    NOT NULL PRIMARY KEY,
    declared_at    DATE           NOT NULL,
    customs_office VARCHAR(16)    NOT NULL,
    exporter_id    CHAR(18)       NOT NULL,
    exporter_name  VARCHAR(1000)  NOT NULL,
    destination    CHAR(2)        NOT NULL,
    value_usd      NUMERIC(24, 6) NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    lane           VARCHAR(8)     NOT NULL,
    -- Space-separated finding codes, with a space at each end, for filtering by code.
    finding_codes  VARCHAR(1000)  NOT NULL,
    -- OPEN until an officer releases or holds the consignment.
    status         VARCHAR(16)    NOT NULL,
    screened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id       VARCHAR(36),
    declaration    TEXT           NOT NULL,
    result         TEXT           NOT NULL,
    CONSTRAINT assessment_lane_known CHECK (lane IN ('RED', 'YELLOW', 'GREEN', 'BLUE')),
    CONSTRAINT assessment_status_known CHECK (status IN ('OPEN', 'RELEASED', 'HELD'))
);

CREATE INDEX assessment_office_day ON assessment (customs_office, declared_at);
CREATE INDEX assessment_exporter ON assessment (exporter_id);
CREATE INDEX assessment_lane ON assessment (lane, declared_at);

-- A batch: its content is stored before the submission is acknowledged, so that nothing accepted
-- is lost; the content hash makes a re-submission the same batch.
CREATE TABLE batch_job (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    content_hash  CHAR(64)     NOT NULL UNIQUE,
    format        VARCHAR(8)   NOT NULL,
    submitted_by  VARCHAR(100) NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    total         INTEGER      NOT NULL,
    processed     INTEGER      NOT NULL,
    failed        INTEGER      NOT NULL,
    content       TEXT         NOT NULL,
    CONSTRAINT batch_format_known CHECK (format IN ('CSV', 'NDJSON')),
    CONSTRAINT batch_status_known CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);

-- One row per record of a batch once handled: its assessment's declaration, or its error.
CREATE TABLE batch_record (
    batch_id       VARCHAR(36)   NOT NULL REFERENCES batch_job (id),
    record_no      INTEGER       NOT NULL,
    declaration_id VARCHAR(64),
    error_field    VARCHAR(200),
    error_reason   VARCHAR(4000),
    PRIMARY KEY (batch_id, record_no)
);

CREATE TABLE case_file (
    id             BIGINT        NOT NULL PRIMARY KEY,
    declaration_id VARCHAR(64)   NOT NULL REFERENCES assessment (declaration_id),
    customs_office VARCHAR(16)   NOT NULL,
    exporter_id    CHAR(18)      NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    assignee       VARCHAR(100),
    opened_by      VARCHAR(100)  NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome        VARCHAR(16),
    typology       VARCHAR(64),
    seized_quantity NUMERIC(24, 6),
    seized_unit    VARCHAR(32),
    seized_value_usd NUMERIC(24, 6),
    outcome_note   VARCHAR(4000),
    outcome_at     TIMESTAMP WITH TIME ZONE,
    referred_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT case_status_known CHECK (status IN ('OPEN', 'CLOSED', 'REFERRED')),
    CONSTRAINT case_outcome_known CHECK (outcome IS NULL OR outcome IN ('CLEAN', 'IRREGULARITY', 'SEIZED')),
    CONSTRAINT case_one_per_declaration UNIQUE (declaration_id)
);

CREATE INDEX case_office ON case_file (customs_office, status);

CREATE TABLE case_note (
    case_id    BIGINT        NOT NULL REFERENCES case_file (id),
    seq        INTEGER       NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- Attachments' metadata only (name, type, size, digest): the files stay in the records system.
CREATE TABLE case_attachment (
    case_id      BIGINT        NOT NULL REFERENCES case_file (id),
    seq          INTEGER       NOT NULL,
    file_name    VARCHAR(500)  NOT NULL,
    content_type VARCHAR(200)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    added_by     VARCHAR(100)  NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- Every state change, chained: each row's hash covers its content and the previous row's hash,
-- so that a row changed by hand breaks the chain from there on (assay audit verify).
CREATE TABLE audit_log (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    details     VARCHAR(8000) NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL
);
