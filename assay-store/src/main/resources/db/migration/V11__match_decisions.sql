-- Officers' decisions on restricted-party matches (confirm, dismiss, escalate), appended only:
-- the latest per party and entry is in force, the rest is its history.
CREATE TABLE match_decision (
    id                BIGINT        NOT NULL PRIMARY KEY,
    party_key         VARCHAR(1000) NOT NULL,
    party_name        VARCHAR(1000) NOT NULL,
    party_country     VARCHAR(2)    NOT NULL,
    entry_key         VARCHAR(500)  NOT NULL,
    entry_fingerprint VARCHAR(200)  NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    decided_by        VARCHAR(200)  NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    CONSTRAINT match_decision_kind_known CHECK (kind IN ('CONFIRMED', 'DISMISSED', 'ESCALATED'))
);

CREATE INDEX match_decision_pair ON match_decision (party_key, entry_key);
