from __future__ import annotations

import networkx as nx
import pytest

from .builders import dataset


@pytest.fixture(scope="session")
def davis(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return dataset("davis_southern_women", tmp_path_factory.mktemp("davis"))


@pytest.fixture(scope="session")
def grqc(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return dataset("snap_ca_grqc", tmp_path_factory.mktemp("grqc"))


@pytest.fixture(scope="session")
def theyrule(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return dataset("theyrule_2004", tmp_path_factory.mktemp("theyrule"))
