"""Fact extractors: subsidies, joint ventures and relations, read off the dependency parse."""
