BEGIN TRANSACTION;
CREATE TABLE claims (
    relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, evidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (relation_id, source_id)
);
INSERT INTO "claims" VALUES(1,'source:seeds/launch.yaml',0,'Collaborate’s Chief Executive Henry Kippin and Director of Public Services Anna Randle introduced the report');
INSERT INTO "claims" VALUES(2,'source:seeds/launch.yaml',1,'Collaborate’s Chief Executive Henry Kippin and Director of Public Services Anna Randle introduced the report');
INSERT INTO "claims" VALUES(3,'source:seeds/launch.yaml',2,'A panel including Lord Victor Adebowale, Oldham Council Leader Jean Stretton, Lankelly Chase’s Director of System Changes Alice Evans and Collaborate’s Anna Randle');
INSERT INTO "claims" VALUES(4,'source:seeds/launch.yaml',3,'Lankelly Chase’s Director of System Changes Alice Evans');
INSERT INTO "claims" VALUES(5,'source:seeds/launch.yaml',4,'Published by: Collaborate CIC supported by Lankelly Chase');
INSERT INTO "claims" VALUES(6,'source:seeds/launch.yaml',5,'Published by: Collaborate CIC supported by Lankelly Chase');
INSERT INTO "claims" VALUES(7,'source:seeds/launch.yaml',6,'Today we were at the launch event for Collaborate’s new research report');
INSERT INTO "claims" VALUES(8,'source:seeds/launch.yaml',7,'Today we were at the launch event for Collaborate’s new research report');
INSERT INTO "claims" VALUES(9,'source:seeds/launch.yaml',8,'Collaborate’s Chief Executive Henry Kippin and Director of Public Services Anna Randle introduced the report');
INSERT INTO "claims" VALUES(10,'source:seeds/launch.yaml',9,'A panel including Lord Victor Adebowale, Oldham Council Leader Jean Stretton, Lankelly Chase’s Director of System Changes Alice Evans and Collaborate’s Anna Randle then talked through some of their experience of system change');
INSERT INTO "claims" VALUES(11,'source:seeds/launch.yaml',10,'A panel including Lord Victor Adebowale, Oldham Council Leader Jean Stretton, Lankelly Chase’s Director of System Changes Alice Evans and Collaborate’s Anna Randle then talked through some of their experience of system change');
INSERT INTO "claims" VALUES(12,'source:seeds/launch.yaml',11,'A panel including Lord Victor Adebowale, Oldham Council Leader Jean Stretton, Lankelly Chase’s Director of System Changes Alice Evans and Collaborate’s Anna Randle then talked through some of their experience of system change');
INSERT INTO "claims" VALUES(13,'source:seeds/launch.yaml',12,'A panel including Lord Victor Adebowale, Oldham Council Leader Jean Stretton, Lankelly Chase’s Director of System Changes Alice Evans and Collaborate’s Anna Randle then talked through some of their experience of system change');
INSERT INTO "claims" VALUES(14,'source:seeds/launch.yaml',13,'Today we were at the launch event for Collaborate’s new research report');
INSERT INTO "claims" VALUES(15,'source:seeds/launch.yaml',14,'This is a three-year lottery funded project run by the Ideas Alliance in partnership with People''s Voice Media.');
INSERT INTO "claims" VALUES(16,'source:seeds/launch.yaml',15,'This is a three-year lottery funded project run by the Ideas Alliance in partnership with People''s Voice Media.');
INSERT INTO "claims" VALUES(17,'source:seeds/launch.yaml',16,'This is a three-year lottery funded project run by the Ideas Alliance in partnership with People''s Voice Media.');
INSERT INTO "claims" VALUES(18,'source:seeds/launch.yaml',17,'Year 2 of Not Another Co-Production Project has begun in the West Midlands.');
INSERT INTO "claims" VALUES(19,'source:seeds/launch.yaml',18,'the first UK Alliancing in Health and Social Care Symposium we hosted in Birmingham earlier this month');
INSERT INTO "claims" VALUES(20,'source:seeds/launch.yaml',19,'');
INSERT INTO "claims" VALUES(21,'source:seeds/launch.yaml',20,'The 12 organisations we are partnering with to embed collaboration and co-production into their work, had an introductory meeting, where Sophie Ewan-Roberts took visual notes.');
INSERT INTO "claims" VALUES(22,'source:seeds/network.connections.csv',0,'');
INSERT INTO "claims" VALUES(23,'source:seeds/network.connections.csv',1,'');
INSERT INTO "claims" VALUES(24,'source:seeds/network.connections.csv',2,'');
CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
    title TEXT, description TEXT, date TEXT,
    aliases TEXT NOT NULL DEFAULT '[]', properties TEXT NOT NULL DEFAULT '{}',
    merged_ids TEXT NOT NULL DEFAULT '[]', merged_names TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO "entities" VALUES('person:anna-eaton','Person','Anna Eaton',NULL,'Wrote the launch write-up.',NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('person:henry-kippin','Person','Henry Kippin',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('person:anna-randle','Person','Anna Randle',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('person:victor-adebowale','Person','Victor Adebowale','Lord',NULL,NULL,'["Lord Victor Adebowale", "Lord Adebowale"]','{}','[]','[]');
INSERT INTO "entities" VALUES('person:jean-stretton','Person','Jean Stretton','Cllr',NULL,NULL,'["Cllr Stretton"]','{}','[]','[]');
INSERT INTO "entities" VALUES('person:alice-evans','Person','Alice Evans',NULL,NULL,NULL,'["Alice", "Mel Parks"]','{}','[]','["Mel Parks"]');
INSERT INTO "entities" VALUES('person:sophie-ewan-roberts','Person','Sophie Ewan-Roberts',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('organisation:collaborate','Organisation','Collaborate CIC',NULL,'A community interest company which helps public services collaborate to tackle complex social challenges.',NULL,'["Collaborate"]','{}','[]','[]');
INSERT INTO "entities" VALUES('organisation:lankelly-chase','Organisation','Lankelly Chase',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('organisation:oldham-council','Organisation','Oldham Council',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('organisation:ideas-alliance','Organisation','Ideas Alliance',NULL,NULL,NULL,'["the Ideas Alliance"]','{}','[]','[]');
INSERT INTO "entities" VALUES('organisation:peoples-voice-media','Organisation','People''s Voice Media',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('report:building-collaborative-places-infrastructure-for-system-change-f31d51','Report','Building Collaborative Places: Infrastructure for System Change',NULL,'Collaborate''s research report into the infrastructure needed for whole system change across local public services, anchor institutions and civil society.','2017-02','["Building Collaborative Places"]','{}','[]','[]');
INSERT INTO "entities" VALUES('event:launch-of-building-collaborative-places','Event','Launch of Building Collaborative Places',NULL,NULL,'2017-02','[]','{}','[]','[]');
INSERT INTO "entities" VALUES('event:alliancing-in-health-and-social-care-symposium','Event','Alliancing in Health and Social Care Symposium',NULL,'The first UK Alliancing in Health and Social Care Symposium.',NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('project:not-another-co-production-project','Project','Not Another Co-Production Project',NULL,'A three-year lottery funded project embedding collaboration and co-production in 12 organisations.',NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('place:uk','Place','UK',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('place:oldham','Place','Oldham',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('place:birmingham','Place','Birmingham',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('place:west-midlands','Place','West Midlands',NULL,NULL,NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('organisation:fenwick-valley-food-partnership','Organisation','Fenwick Valley Food Partnership',NULL,'Food network',NULL,'[]','{"website": "https://example.org/fvfp"}','[]','[]');
INSERT INTO "entities" VALUES('person:maud-petrakis','Person','Maud Petrakis',NULL,'Coordinator',NULL,'[]','{}','[]','[]');
INSERT INTO "entities" VALUES('person:ollie-brandt','Person','Ollie Brandt',NULL,NULL,NULL,'[]','{}','[]','[]');
CREATE TABLE entity_keys (
    key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
);
INSERT INTO "entity_keys" VALUES('anna eaton','person:anna-eaton');
INSERT INTO "entity_keys" VALUES('henry kippin','person:henry-kippin');
INSERT INTO "entity_keys" VALUES('anna randle','person:anna-randle');
INSERT INTO "entity_keys" VALUES('adebowale','person:victor-adebowale');
INSERT INTO "entity_keys" VALUES('victor adebowale','person:victor-adebowale');
INSERT INTO "entity_keys" VALUES('jean stretton','person:jean-stretton');
INSERT INTO "entity_keys" VALUES('stretton','person:jean-stretton');
INSERT INTO "entity_keys" VALUES('alice','person:alice-evans');
INSERT INTO "entity_keys" VALUES('alice evans','person:alice-evans');
INSERT INTO "entity_keys" VALUES('sophie ewan-roberts','person:sophie-ewan-roberts');
INSERT INTO "entity_keys" VALUES('collaborate','organisation:collaborate');
INSERT INTO "entity_keys" VALUES('lankelly chase','organisation:lankelly-chase');
INSERT INTO "entity_keys" VALUES('oldham council','organisation:oldham-council');
INSERT INTO "entity_keys" VALUES('ideas alliance','organisation:ideas-alliance');
INSERT INTO "entity_keys" VALUES('people''s voice media','organisation:peoples-voice-media');
INSERT INTO "entity_keys" VALUES('building collaborative places: infrastructure for system change','report:building-collaborative-places-infrastructure-for-system-change-f31d51');
INSERT INTO "entity_keys" VALUES('building collaborative places','report:building-collaborative-places-infrastructure-for-system-change-f31d51');
INSERT INTO "entity_keys" VALUES('launch of building collaborative places','event:launch-of-building-collaborative-places');
INSERT INTO "entity_keys" VALUES('alliancing in health and social care symposium','event:alliancing-in-health-and-social-care-symposium');
INSERT INTO "entity_keys" VALUES('not another co-production project','project:not-another-co-production-project');
INSERT INTO "entity_keys" VALUES('uk','place:uk');
INSERT INTO "entity_keys" VALUES('oldham','place:oldham');
INSERT INTO "entity_keys" VALUES('birmingham','place:birmingham');
INSERT INTO "entity_keys" VALUES('west midlands','place:west-midlands');
INSERT INTO "entity_keys" VALUES('fenwick valley food partnership','organisation:fenwick-valley-food-partnership');
INSERT INTO "entity_keys" VALUES('maud petrakis','person:maud-petrakis');
INSERT INTO "entity_keys" VALUES('ollie brandt','person:ollie-brandt');
INSERT INTO "entity_keys" VALUES('mel parks','person:alice-evans');
CREATE TABLE mentions (
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    names TEXT,  -- JSON list of the names the source gives, when not just the entity's name
    PRIMARY KEY (source_id, entity_id)
);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:anna-eaton',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:henry-kippin',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:anna-randle',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:victor-adebowale','["Victor Adebowale", "Lord Victor Adebowale", "Lord Adebowale"]');
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:jean-stretton','["Jean Stretton", "Cllr Stretton"]');
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:alice-evans','["Alice Evans", "Alice"]');
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','person:sophie-ewan-roberts',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','organisation:collaborate','["Collaborate CIC", "Collaborate"]');
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','organisation:lankelly-chase',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','organisation:oldham-council',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','organisation:ideas-alliance','["Ideas Alliance", "the Ideas Alliance"]');
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','organisation:peoples-voice-media',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','report:building-collaborative-places-infrastructure-for-system-change-f31d51','["Building Collaborative Places: Infrastructure for System Change", "Building Collaborative Places"]');
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','event:launch-of-building-collaborative-places',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','event:alliancing-in-health-and-social-care-symposium',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','project:not-another-co-production-project',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','place:uk',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','place:oldham',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','place:birmingham',NULL);
INSERT INTO "mentions" VALUES('source:seeds/launch.yaml','place:west-midlands',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.elements.csv','organisation:fenwick-valley-food-partnership',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.elements.csv','person:maud-petrakis',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.elements.csv','person:ollie-brandt',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.connections.csv','person:maud-petrakis',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.connections.csv','organisation:fenwick-valley-food-partnership',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.connections.csv','person:ollie-brandt',NULL);
INSERT INTO "mentions" VALUES('source:seeds/network.connections.csv','person:henry-kippin',NULL);
CREATE TABLE merged (
    old_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
INSERT INTO "merged" VALUES('person:mel-parks','person:alice-evans');
CREATE TABLE relations (
    id INTEGER PRIMARY KEY, src TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT NOT NULL, dst TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role TEXT, since TEXT, until TEXT, date TEXT, confidence REAL,
    UNIQUE (src, type, dst)
);
INSERT INTO "relations" VALUES(1,'person:henry-kippin','WORKS_FOR','organisation:collaborate','Chief Executive',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(2,'person:anna-randle','WORKS_FOR','organisation:collaborate','Director of Public Services',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(3,'person:jean-stretton','WORKS_FOR','organisation:oldham-council','Council Leader',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(4,'person:alice-evans','WORKS_FOR','organisation:lankelly-chase','Director of System Changes',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(5,'organisation:collaborate','PUBLISHED','report:building-collaborative-places-infrastructure-for-system-change-f31d51',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(6,'organisation:lankelly-chase','FUNDED','report:building-collaborative-places-infrastructure-for-system-change-f31d51',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(7,'event:launch-of-building-collaborative-places','ABOUT','report:building-collaborative-places-infrastructure-for-system-change-f31d51',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(8,'organisation:collaborate','ORGANISED','event:launch-of-building-collaborative-places',NULL,NULL,NULL,NULL,0.7);
INSERT INTO "relations" VALUES(9,'person:henry-kippin','PARTICIPATED_IN','event:launch-of-building-collaborative-places','speaker',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(10,'person:anna-randle','PARTICIPATED_IN','event:launch-of-building-collaborative-places','panellist',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(11,'person:victor-adebowale','PARTICIPATED_IN','event:launch-of-building-collaborative-places','panellist',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(12,'person:jean-stretton','PARTICIPATED_IN','event:launch-of-building-collaborative-places','panellist',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(13,'person:alice-evans','PARTICIPATED_IN','event:launch-of-building-collaborative-places','panellist',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(14,'person:anna-eaton','PARTICIPATED_IN','event:launch-of-building-collaborative-places','attendee',NULL,NULL,NULL,0.8);
INSERT INTO "relations" VALUES(15,'organisation:ideas-alliance','RUNS','project:not-another-co-production-project',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(16,'organisation:peoples-voice-media','PARTICIPATED_IN','project:not-another-co-production-project','partner',NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(17,'organisation:ideas-alliance','PARTNER_OF','organisation:peoples-voice-media',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(18,'project:not-another-co-production-project','LOCATED_IN','place:west-midlands',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(19,'event:alliancing-in-health-and-social-care-symposium','LOCATED_IN','place:birmingham',NULL,NULL,NULL,NULL,1.0);
INSERT INTO "relations" VALUES(20,'organisation:oldham-council','LOCATED_IN','place:oldham',NULL,NULL,NULL,NULL,0.9);
INSERT INTO "relations" VALUES(21,'person:sophie-ewan-roberts','PARTICIPATED_IN','project:not-another-co-production-project','visual note-taker',NULL,NULL,NULL,0.8);
INSERT INTO "relations" VALUES(22,'person:maud-petrakis','WORKS_FOR','organisation:fenwick-valley-food-partnership','Coordinator',NULL,NULL,'01/12/2016',1.0);
INSERT INTO "relations" VALUES(23,'person:ollie-brandt','MEMBER_OF','organisation:fenwick-valley-food-partnership','Trustee',NULL,NULL,NULL,0.5);
INSERT INTO "relations" VALUES(24,'person:henry-kippin','COLLABORATES_WITH','person:maud-petrakis',NULL,NULL,NULL,NULL,1.0);
CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO "revision" VALUES(1,5);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, kind TEXT, title TEXT, author TEXT,
    published TEXT, url TEXT, extractor TEXT, imported_at TEXT
);
INSERT INTO "sources" VALUES('source:seeds/launch.yaml','seeds/launch.yaml','028f4dd8a53a99d2ff5704c299ff7fbd858979b9b3af45a2e4d07681c7388822','structured','Report launch: Building Collaborative Places (curated)','Anna Eaton','2017-02',NULL,NULL,'2026-11-29T23:44:14+00:00');
INSERT INTO "sources" VALUES('source:seeds/network.elements.csv','seeds/network.elements.csv','885994f2de734f6caa5eff4baff0dc802f9db918222783f80c9612f498efeb30','table','network.elements',NULL,NULL,NULL,NULL,'2026-11-29T23:44:14+00:00');
INSERT INTO "sources" VALUES('source:seeds/network.connections.csv','seeds/network.connections.csv','fa0f330181feef6fc59fccaa3dcea8a4b08ffe2c416224cc7d59bb005e9c32c8','table','network.connections',NULL,NULL,NULL,NULL,'2026-11-29T23:44:14+00:00');
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX relations_dst ON relations(dst);
CREATE INDEX claims_source ON claims(source_id);
COMMIT;
