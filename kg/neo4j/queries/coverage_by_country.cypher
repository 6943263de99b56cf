// Q13 Coverage by country: how many documents mention each government and how many ties it has.
MATCH (c:Government)
RETURN c.name AS country, c.iso3 AS iso3, COUNT { (:Document)-[:MENTIONS]->(c) } AS documents,
       COUNT { (c)-[:FUNDS|PARTNERS_WITH|SUPPLIES|INVESTS_IN|OPERATES_IN|HEADQUARTERED_IN|MEMBER_OF|DEVELOPS]-() } AS ties
ORDER BY documents DESC, ties DESC, country
