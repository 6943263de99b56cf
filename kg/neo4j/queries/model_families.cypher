// Q4 Model families: each model's developers and their countries, its funders, what it is built on (suppliers) and which of those are foreign.
MATCH (m:AIModel)
RETURN m.name AS model,
  COLLECT { MATCH (d)-[:DEVELOPS]->(m) RETURN DISTINCT d.name } AS developers,
  COLLECT { MATCH (d)-[:DEVELOPS]->(m) MATCH (d)-[:HEADQUARTERED_IN]->(c:Government)
            RETURN DISTINCT c.name } AS developer_countries,
  COLLECT { MATCH (f)-[:FUNDS]->(t) WHERE t = m OR (t)-[:DEVELOPS]->(m)
            RETURN DISTINCT f.name } AS funders,
  COLLECT { MATCH (s)-[:SUPPLIES]->(t) WHERE t = m OR (t)-[:DEVELOPS]->(m)
            RETURN DISTINCT s.name } AS built_on,
  COLLECT { MATCH (s)-[:SUPPLIES]->(t) WHERE t = m OR (t)-[:DEVELOPS]->(m)
            MATCH (s)-[:HEADQUARTERED_IN]->(sc:Government)
            WHERE NOT EXISTS { MATCH (d)-[:DEVELOPS]->(m) MATCH (d)-[:HEADQUARTERED_IN]->(sc) }
            RETURN DISTINCT s.name } AS foreign_base,
  COLLECT { MATCH (d)-[r:DEVELOPS]->(m) UNWIND r.quotes AS q RETURN DISTINCT q } AS evidence
ORDER BY model
