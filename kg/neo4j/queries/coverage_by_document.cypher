// Q13 Coverage by source document: entities mentioned, facts and evidence, mean and lowest confidence.
MATCH (d:Document)
OPTIONAL MATCH (e:Evidence)-[:DERIVED_FROM]->(d)
WITH d, count(e) AS evidence, avg(e.confidence) AS mean_confidence, min(e.confidence) AS min_confidence
RETURN d.doc_id AS document, d.title AS title, COUNT { (d)-[:MENTIONS]->() } AS entities,
       COUNT { (:Fact)-[:DERIVED_FROM]->(d) } AS facts, evidence, mean_confidence, min_confidence
ORDER BY facts DESC, document
