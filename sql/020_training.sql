-- 020: the people of the programme (seed 五.3, 五.4, 五.6).  Training
-- sessions for studio leaders (领衔人培训), organised by the city or by a
-- district or industry union for its subtree: the studios invited, each
-- with its leader's name at the time, and after the session who attended.
-- Publicity events (现场会, 观摩会, 学习交流会): hosted by a studio or a
-- unit, the studios taking part, a summary and photos (attachments, owner
-- "event"); the public site lists the past ones the organiser marked
-- public.  A studio's collaboration links to 劳模和工匠人才创新工作室
-- (by name, outside the system) and to other named studios (by id),
-- added by its base union and shown on its public page.

CREATE TABLE training (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organiser_id    INT UNSIGNED NOT NULL,       -- the city, a district or industry union
  organiser_path  VARCHAR(190) NOT NULL,
  title           VARCHAR(100) NOT NULL,
  starts_on       DATE NOT NULL,
  ends_on         DATE NOT NULL,
  place           VARCHAR(100) NOT NULL,
  hours           SMALLINT UNSIGNED NOT NULL,  -- class hours (学时)
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  KEY training_year (starts_on, id),
  KEY training_organiser (organiser_path, starts_on),
  CONSTRAINT training_organiser_fk FOREIGN KEY (organiser_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A studio invited: its leader as named when invited; attended is NULL
-- until the organiser records the attendance, then 1 or 0.
CREATE TABLE training_invitee (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  training_id     INT UNSIGNED NOT NULL,
  studio_id       INT UNSIGNED NOT NULL,
  base_path       VARCHAR(190) NOT NULL,       -- the studio's, for scope
  leader_name     VARCHAR(50) NOT NULL,
  attended        TINYINT(1) NULL,
  unit_id         INT UNSIGNED NOT NULL,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  invited_at      DATETIME NOT NULL,
  recorded_at     DATETIME NULL,
  UNIQUE KEY training_invitee_once (training_id, studio_id),
  KEY training_invitee_studio (studio_id, attended),
  CONSTRAINT training_invitee_training_fk FOREIGN KEY (training_id)
    REFERENCES training (id),
  CONSTRAINT training_invitee_studio_fk FOREIGN KEY (studio_id)
    REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A publicity event.  Its host is a studio or a unit (one of the two).
-- ever_public: it was once on the public site, so that a change to it
-- (also the one that takes it off) renews the public pages.
CREATE TABLE publicity_event (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organiser_id    INT UNSIGNED NOT NULL,
  organiser_path  VARCHAR(190) NOT NULL,
  kind            VARCHAR(12) NOT NULL,        -- onsite observation exchange
  held_on         DATE NOT NULL,
  title           VARCHAR(100) NOT NULL,
  host_studio_id  INT UNSIGNED NULL,
  host_unit_id    INT UNSIGNED NULL,
  summary         TEXT NOT NULL,
  public          TINYINT(1) NOT NULL DEFAULT 1,
  ever_public     TINYINT(1) NOT NULL DEFAULT 0,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  KEY publicity_event_public (public, held_on, id),
  KEY publicity_event_organiser (organiser_path, held_on),
  CONSTRAINT publicity_event_organiser_fk FOREIGN KEY (organiser_id)
    REFERENCES unit (id),
  CONSTRAINT publicity_event_host_studio_fk FOREIGN KEY (host_studio_id)
    REFERENCES studio (id),
  CONSTRAINT publicity_event_host_unit_fk FOREIGN KEY (host_unit_id)
    REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE publicity_event_studio (
  event_id        INT UNSIGNED NOT NULL,
  studio_id       INT UNSIGNED NOT NULL,
  unit_id         INT UNSIGNED NOT NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  PRIMARY KEY (event_id, studio_id),
  KEY publicity_event_studio_of (studio_id),
  CONSTRAINT publicity_event_studio_event_fk FOREIGN KEY (event_id)
    REFERENCES publicity_event (id),
  CONSTRAINT publicity_event_studio_studio_fk FOREIGN KEY (studio_id)
    REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A studio's collaboration link: to a 劳模和工匠人才创新工作室 by name
-- (kind model-worker), or to another named studio by id (kind studio).
-- A link taken back keeps its row, with removed_at.
CREATE TABLE studio_link (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id        INT UNSIGNED NOT NULL,
  base_path        VARCHAR(190) NOT NULL,
  kind             VARCHAR(12) NOT NULL,       -- model-worker studio
  linked_studio_id INT UNSIGNED NULL,
  linked_name      VARCHAR(100) NOT NULL DEFAULT '',
  note             VARCHAR(200) NOT NULL DEFAULT '',
  unit_id          INT UNSIGNED NOT NULL,
  cert_id          INT UNSIGNED NULL,
  holder           VARCHAR(100) NOT NULL,
  created_at       DATETIME NOT NULL,
  removed_at       DATETIME NULL,
  KEY studio_link_of (studio_id, removed_at),
  CONSTRAINT studio_link_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id),
  CONSTRAINT studio_link_linked_fk FOREIGN KEY (linked_studio_id)
    REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
