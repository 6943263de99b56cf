"""Apache Jena Fuseki as a reference SPARQL server, loaded with the same quads.

The jar (`org.apache.jena:jena-fuseki-server` from Maven Central) is fetched by
`make bench-sparql`. Data goes into a TDB2 database with its bulk loader (in the same jar);
the union of the named graphs is the default graph, as on our endpoint, and the query
service is read-only. File access: the given work folder. Network: loopback only.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pyoxigraph as ox

from kg.sparql import launch

_CONFIG = """\
@prefix fuseki: <http://jena.apache.org/fuseki#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix tdb2:   <http://jena.apache.org/2016/tdb#> .

<#service> rdf:type fuseki:Service ;
    fuseki:name "ds" ;
    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
    fuseki:dataset <#dataset> .

<#dataset> rdf:type tdb2:DatasetTDB2 ;
    tdb2:location "{location}" ;
    tdb2:unionDefaultGraph true .
"""


class Fuseki:
    """A Fuseki server over a TDB2 copy of `store`'s quads, on 127.0.0.1:`port`."""

    path = "/ds/sparql"

    def __init__(self, jar: Path, store: ox.Store, work: Path, port: int) -> None:
        self.port = port
        work.mkdir(parents=True, exist_ok=True)
        data = work / "data.nq"
        store.dump(str(data), format=ox.RdfFormat.N_QUADS)
        location = work / "tdb2"
        subprocess.run(
            ["java", "-cp", str(jar), "tdb2.tdbloader", "--loc", str(location), str(data)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        data.unlink()
        config = work / "config.ttl"
        config.write_text(_CONFIG.format(location=location), encoding="utf-8")
        self.process = subprocess.Popen(
            [
                "java",
                "-Xmx2g",
                "-jar",
                str(jar),
                "--localhost",
                "--port",
                str(port),
                "--config",
                str(config),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 120
        while not launch.answers(self.port, self.path):
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("Fuseki did not start")
            time.sleep(0.5)

    def stop(self) -> None:
        launch.stop_process(self.process, grace=30)
