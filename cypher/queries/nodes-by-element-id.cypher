// The nodes at the ends of relationships a console query returned without their ends.
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN n
