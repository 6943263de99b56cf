// Q7 Countries whose AI compute comes from at most $max_suppliers foreign supplier(s): suppliers to the government or to firms based there.
// @param max_suppliers 1
MATCH (c:Government)
MATCH (s:Actor)-[r:SUPPLIES]->(x)
WHERE (x = c OR EXISTS { (x)-[:HEADQUARTERED_IN]->(c) })
  AND s <> c AND NOT EXISTS { (s)-[:HEADQUARTERED_IN]->(c) }
WITH c, collect(DISTINCT s.name) AS suppliers, collect(DISTINCT x.name) AS customers,
     reduce(all = [], q IN collect(r.quotes) | all + q) AS evidence
WHERE size(suppliers) <= $max_suppliers
RETURN c.name AS country, suppliers, customers, evidence
ORDER BY country
