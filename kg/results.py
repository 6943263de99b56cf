"""SPARQL SELECT/ASK results as rows, with a row cap that says when it cut, and writers for
the SPARQL 1.1 results formats (JSON, XML, CSV, TSV)."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox


@dataclass(slots=True)
class Rows:
    variables: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    truncated: bool = False
    boolean: bool | None = None  # ASK

    @classmethod
    def take(cls, result: object, limit: int) -> Rows:
        """Up to `limit` solutions of a query result; `truncated` if there were more."""
        if isinstance(result, ox.QueryBoolean):
            return cls([], boolean=bool(result))
        if not isinstance(result, ox.QuerySolutions):
            raise TypeError("CONSTRUCT and DESCRIBE give triples, not rows")
        names = [v.value for v in result.variables]
        out = cls(names)
        for solution in result:
            if len(out.rows) == limit:
                out.truncated = True
                break
            out.rows.append([solution[n] for n in names])
        return out


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    d = {"type": "literal", "value": term.value}
    if term.language:
        d["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = term.datatype.value
    return d


def to_json(rows: Rows) -> str:
    """SPARQL 1.1 Query Results JSON; a cut result says so in `head.truncated`."""
    if rows.boolean is not None:
        return json.dumps({"head": {}, "boolean": rows.boolean})
    head: dict[str, Any] = {"vars": rows.variables}
    if rows.truncated:
        head["truncated"] = True
    bindings = [
        {v: _json_term(t) for v, t in zip(rows.variables, row, strict=True) if t is not None}
        for row in rows.rows
    ]
    return json.dumps({"head": head, "results": {"bindings": bindings}}, ensure_ascii=False)


def plain(term: Any) -> str:
    return "" if term is None else str(term.value)


def to_csv(rows: Rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if rows.boolean is not None:
        w.writerow(["boolean"])
        w.writerow([str(rows.boolean).lower()])
    else:
        w.writerow(rows.variables)
        w.writerows([plain(t) for t in row] for row in rows.rows)
    return buf.getvalue()


def to_xml(rows: Rows) -> str:
    """SPARQL Query Results XML; a cut result says so in a head `link` to `urn:kg:truncated`."""
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in rows.variables]
    if rows.truncated:
        out.append('<link href="urn:kg:truncated"/>')
    out.append("</head>")
    if rows.boolean is not None:
        out.append(f"<boolean>{str(rows.boolean).lower()}</boolean>")
    else:
        out.append("<results>")
        for row in rows.rows:
            out.append("<result>")
            out += [
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(rows.variables, row, strict=True)
                if t is not None
            ]
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "\n".join(out)


# Characters XML 1.0 cannot carry at all (text from PDFs has form feeds, for one).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", value))


def _xml_term(term: Any) -> str:
    d = _json_term(term)
    if d["type"] == "uri":
        return f"<uri>{_xml_text(d['value'])}</uri>"
    if d["type"] == "bnode":
        return f"<bnode>{_xml_text(d['value'])}</bnode>"
    attrs = ""
    if "xml:lang" in d:
        attrs = f" xml:lang={quoteattr(d['xml:lang'])}"
    elif "datatype" in d:
        attrs = f" datatype={quoteattr(d['datatype'])}"
    return f"<literal{attrs}>{_xml_text(d['value'])}</literal>"


def to_tsv(rows: Rows) -> str:
    """SPARQL 1.1 TSV: terms in their N-Triples form, which escapes tabs and line breaks."""
    if rows.boolean is not None:
        return f"?_askResult\n{str(rows.boolean).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in rows.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows.rows]
    return "\n".join(lines) + "\n"
