// The graph's schema, applied by `npm run seed` before every load (every statement is IF NOT EXISTS,
// so applying it again changes nothing). Statements are separated by semicolons.

// Every node of the dataset is an :Entity with a stable public id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// The loader's bookkeeping node (dataset hash, version, loadedAt) is not an Entity.
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE;

// Sorting and prefix search by name across all types (lists, autocomplete).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Mentions and relationship evidence name sections by number ("5.3", "Appendix I").
CREATE INDEX section_number IF NOT EXISTS FOR (n:Section) ON (n.number);

// Timelines filter and sort events and initiatives by year.
CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year);
CREATE INDEX initiative_year IF NOT EXISTS FOR (n:Initiative) ON (n.year);

// Outcomes are filtered by level and whether they were realised.
CREATE INDEX outcome_level IF NOT EXISTS FOR (n:Outcome) ON (n.level, n.realised);

// Organisations are filtered by category (municipality, school, ngo…).
CREATE INDEX organisation_category IF NOT EXISTS FOR (n:Organisation) ON (n.category);

// A relationship's public id is its key; the key names its type, so a typed lookup can use these.
CREATE INDEX knowledge_flow_key IF NOT EXISTS FOR ()-[r:KNOWLEDGE_FLOW]-() ON (r.key);
CREATE INDEX mentioned_in_key IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.key);

// The flow explorer filters knowledge flows by status and direction.
CREATE INDEX knowledge_flow_status IF NOT EXISTS FOR ()-[r:KNOWLEDGE_FLOW]-() ON (r.status, r.direction);

// Search: names, summaries and every quote that mentions the node (the loader joins them into n.quotes).
CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.summary, n.quotes];

// Search in the evidence of relationships: their quotes and, for knowledge flows, the topic.
CREATE FULLTEXT INDEX relationshipSearch IF NOT EXISTS
FOR ()-[r:MEMBER_OF|PARTNER_IN|PART_OF|COORDINATES|FUNDS|INITIATED|CONNECTED_TO|PARTICIPATED_IN|HOSTED|VISITED|DONATED_TO|CARRIED_OUT_IN|KNOWLEDGE_FLOW|ABOUT|USED_CHANNEL|EXPERIENCED|ENABLES|HINDERS|CAUSES|ADDRESSES|BUILDS_ON|PROPOSED_FOR|AUTHORED|DESCRIBES|ILLUSTRATES|MENTIONED_IN]-()
ON EACH [r.quote, r.topic];
