// Q12 What changed: funding and venture ties dated in or after a given year, newest first, with quotes.
// @param year 2024
MATCH (a:Actor)-[r:FUNDS|PARTNERS_WITH]->(b)
WHERE r.year >= $year
RETURN r.year AS year, type(r) AS tie, a.name AS from, b.name AS to, r.amount_usd AS amount_usd,
       r.quotes AS quotes
ORDER BY year DESC, tie, from, to
