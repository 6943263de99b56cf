"""The ontology and its shapes: parse, cover each other, and drive the code."""

from __future__ import annotations

from rdflib import RDF, URIRef
from rdflib.namespace import SH

from kg.records import DocumentMeta, Entity, JointVenture, Relation, Subsidy
from kg.vocab import ontology_graph, shapes_graph, vocabulary


def test_ontology_and_shapes_parse() -> None:
    assert len(ontology_graph()) > 100
    assert len(shapes_graph()) > 50


def test_every_class_has_a_shape() -> None:
    V = vocabulary()
    targets = set(shapes_graph().objects(None, SH.targetClass))
    missing = [c for c in V.classes() if c not in targets]
    assert not missing, f"classes without a SHACL shape: {missing}"


def test_issue_classes_and_properties_are_declared() -> None:
    V = vocabulary()
    for name in (
        "Actor Government Bloc Firm Organization AIModel Subsidy JointVenture Document Evidence "
        "memberOf headquarteredIn develops investsIn supplies operatesIn funder recipient partner "
        "iso3 amountUSD currency year purpose kind quote startOffset endOffset confidence"
    ).split():
        assert isinstance(getattr(V, name), URIRef)


def test_unknown_term_raises() -> None:
    try:
        _ = vocabulary().Countri
    except AttributeError as e:
        assert "Countri" in str(e)
    else:
        raise AssertionError("an undeclared term must raise")


def test_json_keys_are_the_schema_strings() -> None:
    V = vocabulary()
    assert set(V.entity_types) == {"Government", "Bloc", "Firm", "Organization", "AIModel"}
    assert set(V.relations) == {
        "DEVELOPS", "INVESTS_IN", "SUPPLIES", "HEADQUARTERED_IN", "MEMBER_OF", "OPERATES_IN",
    }  # fmt: skip


def test_record_fields_match_the_ontology() -> None:
    """Every sai:recordField names a field of the record model that carries it."""
    V = vocabulary()
    models = {
        V.Subsidy: Subsidy,
        V.JointVenture: JointVenture,
        V.Evidence: Relation,
        V.Document: DocumentMeta,
        V.Government: Entity,
    }
    for cls, model in models.items():
        for spec in V.fields(cls):
            if spec.field == "doc":
                continue  # the file name sits at the record's top level
            assert spec.field in model.model_fields, (cls, spec.field)


def test_entity_classes_are_actors_or_models() -> None:
    V = vocabulary()
    actors = V.subclasses(V.Actor)
    for key, cls in V.entity_types.items():
        assert cls in actors or key == "AIModel"
        assert (cls, RDF.type, None) in ontology_graph()
