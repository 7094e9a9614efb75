"""SQLite schema, as an ordered list of migrations.

Never edit a migration that has shipped: append a new one. `Database.migrate`
applies those whose number is above ``PRAGMA user_version`` in one transaction each.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE profiles (
            id            TEXT PRIMARY KEY,              -- short slug, also the keyring service suffix
            legal_name    TEXT NOT NULL,
            rfc           TEXT NOT NULL DEFAULT '',      -- Mexican tax id (RFC)
            address_json  TEXT NOT NULL DEFAULT '{}',
            web_domain    TEXT NOT NULL DEFAULT '',
            default_key   TEXT,                          -- keys.id
            created_at    TEXT NOT NULL
        );

        CREATE TABLE keys (
            id          TEXT PRIMARY KEY,                -- RFC 7638 JWK thumbprint
            profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            alg         TEXT NOT NULL CHECK (alg IN ('ES384', 'EdDSA')),
            public_jwk  TEXT NOT NULL,                   -- JSON, public members only
            did         TEXT NOT NULL,
            kid         TEXT NOT NULL,                   -- DID URL of the verification method
            label       TEXT NOT NULL DEFAULT '',
            store       TEXT NOT NULL CHECK (store IN ('keyring', 'file')),
            created_at  TEXT NOT NULL,
            retired_at  TEXT
        );
        CREATE INDEX keys_profile ON keys(profile_id);

        CREATE TABLE parties (
            id          INTEGER PRIMARY KEY,
            profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            role        TEXT NOT NULL,                   -- customer, consignee, carrier, producer, importer...
            name        TEXT NOT NULL,
            data_json   TEXT NOT NULL DEFAULT '{}',
            updated_at  TEXT NOT NULL
        );

        CREATE TABLE products (
            id          INTEGER PRIMARY KEY,
            profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name        TEXT NOT NULL,
            data_json   TEXT NOT NULL DEFAULT '{}',
            updated_at  TEXT NOT NULL
        );

        CREATE TABLE shipments (
            id          INTEGER PRIMARY KEY,
            profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            reference   TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL
        );

        CREATE TABLE drafts (
            id           INTEGER PRIMARY KEY,
            profile_id   TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            shipment_id  INTEGER REFERENCES shipments(id) ON DELETE SET NULL,
            doctype      TEXT NOT NULL,
            data_json    TEXT NOT NULL DEFAULT '{}',
            ui_state     TEXT NOT NULL DEFAULT '{}',     -- where the user left (section, focus)
            updated_at   TEXT NOT NULL
        );

        CREATE TABLE status_lists (
            id           TEXT PRIMARY KEY,               -- URL of the status list credential
            profile_id   TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            purpose      TEXT NOT NULL DEFAULT 'revocation',
            size         INTEGER NOT NULL,
            next_index   INTEGER NOT NULL DEFAULT 0,
            bits         BLOB NOT NULL,                  -- raw bitstring, size/8 bytes
            updated_at   TEXT NOT NULL
        );

        CREATE TABLE documents (
            id            TEXT PRIMARY KEY,              -- credential id, urn:uuid:...
            profile_id    TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            shipment_id   INTEGER REFERENCES shipments(id) ON DELETE SET NULL,
            doctype       TEXT NOT NULL,
            key_id        TEXT NOT NULL REFERENCES keys(id),
            title         TEXT NOT NULL DEFAULT '',
            counterparty  TEXT NOT NULL DEFAULT '',
            vc_jwt        TEXT NOT NULL,
            pdf_path      TEXT,
            status_list   TEXT REFERENCES status_lists(id),
            status_index  INTEGER,
            issued_at     TEXT NOT NULL,
            revoked_at    TEXT,
            revoke_reason TEXT
        );
        CREATE INDEX documents_profile ON documents(profile_id, issued_at);

        CREATE TABLE audit_log (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            at          TEXT NOT NULL,
            profile_id  TEXT,
            action      TEXT NOT NULL,                   -- issue, print, revoke, key.create, key.rotate...
            subject     TEXT NOT NULL DEFAULT '',
            detail_json TEXT NOT NULL DEFAULT '{}',
            prev_hash   TEXT NOT NULL,
            hash        TEXT NOT NULL UNIQUE
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

        CREATE TABLE trust_lists (
            id           TEXT PRIMARY KEY,
            operator     TEXT NOT NULL,
            name         TEXT NOT NULL DEFAULT '',
            vc_jwt       TEXT NOT NULL,
            valid_until  TEXT,
            imported_at  TEXT NOT NULL
        );

        CREATE TABLE did_cache (
            did          TEXT PRIMARY KEY,
            document     TEXT NOT NULL,
            source       TEXT NOT NULL,                  -- web, bundle
            fetched_at   TEXT NOT NULL
        );

        CREATE TABLE status_cache (
            url          TEXT PRIMARY KEY,
            vc_jwt       TEXT NOT NULL,
            source       TEXT NOT NULL,
            fetched_at   TEXT NOT NULL
        );

        CREATE TABLE verifications (
            id           INTEGER PRIMARY KEY,
            at           TEXT NOT NULL,
            document_id  TEXT NOT NULL DEFAULT '',
            doctype      TEXT NOT NULL DEFAULT '',
            issuer       TEXT NOT NULL DEFAULT '',
            verdict      TEXT NOT NULL,                  -- green, amber, red
            summary      TEXT NOT NULL DEFAULT '',
            source       TEXT NOT NULL DEFAULT ''        -- camera, scanner, file, cli
        );
        """,
    ),
    (
        2,
        """
        -- small app-wide choices (the default company profile...)
        CREATE TABLE settings (
            name   TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        );
        -- a key whose private part was deleted; the public part stays so documents it signed still verify
        ALTER TABLE keys ADD COLUMN deleted_at TEXT;
        """,
    ),
    (
        3,
        """
        -- status lists belong to one issuer DID (the list credential is signed by that DID)
        ALTER TABLE status_lists ADD COLUMN issuer_did TEXT NOT NULL DEFAULT '';
        -- each status-list index handed out, so random allocation never repeats one
        CREATE TABLE status_allocations (
            list_id       TEXT NOT NULL REFERENCES status_lists(id) ON DELETE CASCADE,
            idx           INTEGER NOT NULL,
            document_id   TEXT,
            allocated_at  TEXT NOT NULL,
            PRIMARY KEY (list_id, idx)
        );
        -- trust-list operators the user chose to trust, with their DID document pinned
        CREATE TABLE trusted_operators (
            did          TEXT PRIMARY KEY,
            name         TEXT NOT NULL DEFAULT '',
            document     TEXT NOT NULL,
            added_at     TEXT NOT NULL
        );
        -- trust lists this computer's user operates (drafts and what was last signed)
        CREATE TABLE operated_trust_lists (
            id           TEXT PRIMARY KEY,
            profile_id   TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            data_json    TEXT NOT NULL,
            vc_jwt       TEXT,
            updated_at   TEXT NOT NULL
        );
        """,
    ),
    (
        4,
        """
        -- verification history (sello.core.verification.history): the issuer's name beside its DID, and the
        -- document's own number (MTR-2024-031187), which is what an officer searches for
        ALTER TABLE verifications ADD COLUMN issuer_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE verifications ADD COLUMN title TEXT NOT NULL DEFAULT '';
        CREATE INDEX verifications_at ON verifications(at);
        """,
    ),
    (
        5,
        """
        -- Traceability API clients (sello.core.exchange.api_clients): OAuth 2.0 client credentials,
        -- the secret kept only as a salted scrypt hash
        CREATE TABLE api_clients (
            client_id     TEXT PRIMARY KEY,
            profile_id    TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name          TEXT NOT NULL,
            secret_hash   BLOB NOT NULL,
            salt          BLOB NOT NULL,
            kdf           TEXT NOT NULL,                 -- e.g. scrypt:n=16384,r=8,p=1
            scopes        TEXT NOT NULL DEFAULT '',      -- space separated
            created_at    TEXT NOT NULL,
            revoked_at    TEXT,
            last_used_at  TEXT
        );
        -- presentations received over the API (sello.core.exchange.inbox), for the desktop inbox
        CREATE TABLE inbox_presentations (
            id                TEXT PRIMARY KEY,          -- the presentation's own id (urn:uuid:...)
            profile_id        TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            received_at       TEXT NOT NULL,
            sender_client     TEXT NOT NULL DEFAULT '',  -- OAuth client (or token subject) that sent it
            holder            TEXT NOT NULL DEFAULT '',  -- holder DID the presentation names
            workflow_definition TEXT NOT NULL DEFAULT '[]',  -- JSON array of IRIs
            workflow_instance   TEXT NOT NULL DEFAULT '[]',  -- JSON array of ids
            verdict           TEXT NOT NULL,             -- green, amber, cannot_confirm, red
            summary           TEXT NOT NULL DEFAULT '',
            presentation      TEXT NOT NULL,             -- exactly what arrived (JSON text or vp+jwt)
            read_at           TEXT
        );
        CREATE INDEX inbox_presentations_received ON inbox_presentations(profile_id, received_at);
        CREATE TABLE inbox_credentials (
            presentation_id   TEXT NOT NULL REFERENCES inbox_presentations(id) ON DELETE CASCADE,
            position          INTEGER NOT NULL,
            credential_id     TEXT NOT NULL DEFAULT '',
            issuer            TEXT NOT NULL DEFAULT '',
            issuer_name       TEXT NOT NULL DEFAULT '',
            types             TEXT NOT NULL DEFAULT '[]',
            verdict           TEXT NOT NULL,
            credential        TEXT NOT NULL,             -- the credential as presented (vc+jwt or JSON)
            PRIMARY KEY (presentation_id, position)
        );
        """,
    ),
    (
        6,
        """
        -- Mexican export references of an issued document (pedimento digits, CFDI folio fiscal,
        -- Carta Porte IdCCP), space separated: the Documents page searches by pedimento
        ALTER TABLE documents ADD COLUMN export_refs TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        7,
        """
        -- every version of a did:web document ever seen (sello.core.trust.did_cache): a changed document is
        -- kept beside the old one, so a key rotated out still verifies what it signed (with a note)
        CREATE TABLE did_document_versions (
            did          TEXT NOT NULL,
            digest       TEXT NOT NULL,                  -- sha256 of the canonical document
            document     TEXT NOT NULL,
            source       TEXT NOT NULL,                  -- web, bundle
            first_seen   TEXT NOT NULL,
            last_seen    TEXT NOT NULL,
            PRIMARY KEY (did, digest)
        );
        -- trust bundles this desk subscribes to (sello.core.trust.subscriptions), refreshed when online
        CREATE TABLE bundle_subscriptions (
            url            TEXT PRIMARY KEY,
            added_at       TEXT NOT NULL,
            last_attempt   TEXT,
            last_success   TEXT,
            bundle_created TEXT,
            operator       TEXT,
            last_error     TEXT NOT NULL DEFAULT ''
        );
        """,
    ),
    (
        8,
        """
        -- partners' Traceability API endpoints for sending (sello.core.exchange.recipients); the OAuth client
        -- secret is never here: it lives in the profile's key store (OS keyring or the encrypted file)
        CREATE TABLE send_recipients (
            id              TEXT PRIMARY KEY,            -- short random id, also names the secret in the key store
            profile_id      TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name            TEXT NOT NULL,
            did             TEXT NOT NULL,               -- the partner's did:web (its TraceabilityAPI service)
            client_id       TEXT NOT NULL,
            token_endpoint  TEXT NOT NULL,
            audience        TEXT NOT NULL DEFAULT '',
            scopes          TEXT NOT NULL DEFAULT 'submit:presentations',
            updated_at      TEXT NOT NULL,
            UNIQUE (profile_id, name)
        );
        -- presentations to send (sello.core.exchange.outbox): signed once, resent as is until delivered
        CREATE TABLE outbox (
            id              TEXT PRIMARY KEY,            -- the presentation's id (urn:uuid:...)
            profile_id      TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            recipient_id    TEXT NOT NULL,
            recipient_name  TEXT NOT NULL DEFAULT '',
            document_ids    TEXT NOT NULL DEFAULT '[]',  -- JSON array of documents.id
            workflow_definition TEXT NOT NULL DEFAULT '[]',
            workflow_instance   TEXT NOT NULL DEFAULT '[]',
            presentation    TEXT NOT NULL,               -- the signed vp+jwt
            state           TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
            attempts        INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error      TEXT NOT NULL DEFAULT '',    -- JSON {"en": ..., "es": ...} of the last failure
            last_status     INTEGER,                     -- last HTTP status answered, if any
            created_at      TEXT NOT NULL,
            delivered_at    TEXT
        );
        CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
        """,
    ),
]
