// Q13 Review queue: facts whose evidence confidence is at most a threshold, with quote and document.
// @param max_confidence 0.5
MATCH (f:Fact)-[:EVIDENCE]->(e:Evidence)-[:DERIVED_FROM]->(d:Document)
WHERE e.confidence <= $max_confidence
RETURN [l IN labels(f) WHERE NOT l IN ["Resource", "Fact"]][0] AS fact, e.confidence AS confidence,
       e.quote AS quote, d.doc_id AS document
ORDER BY confidence, document
