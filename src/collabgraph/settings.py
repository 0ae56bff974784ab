"""Settings: the only module that reads the environment (`COLLABGRAPH_*`)."""

from __future__ import annotations

import getpass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the graph lives and how the API behaves.

    With no `neo4j_uri` the graph is kept in an embedded SQLite database under
    `data_dir`, so collabgraph runs with nothing else installed.
    """

    model_config = SettingsConfigDict(env_prefix="COLLABGRAPH_", env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(None, description="bolt:// or neo4j:// URI; unset = embedded")
    neo4j_user: str | None = None
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    data_dir: Path = Path(".collabgraph")

    max_seed_bytes: int = Field(20 * 1024 * 1024, description="larger seed files are refused")
    api_key: SecretStr | None = Field(
        None, description="required for API writes; unset = read-only"
    )
    busy_timeout: float = Field(
        10.0,
        gt=0,
        description="seconds a write waits for another to finish (an import holding the"
        " SQLite file, an upload under way) before giving up: 503 with Retry-After",
    )
    write_timeout: float = Field(
        300.0,
        gt=0,
        description="seconds one file's Neo4j transaction may run before the server ends"
        " it and the file is refused",
    )
    export_needs_key: bool = Field(
        True,
        description="when an API key is set, GET /export (source file paths and evidence"
        " of the whole graph) needs it, like writes",
    )
    max_upload_bytes: int = 5 * 1024 * 1024
    fetch_timeout: float = Field(20.0, description="seconds an address has to answer an import")
    fetch_private_urls: bool = Field(
        False,
        description="let the API fetch addresses on loopback, private and link-local"
        " networks (the CLI always may)",
    )
    text_imports: Literal["graph", "review"] = Field(
        "graph",
        description="what text imports (write-ups, documents, web pages) do with the facts"
        " the extractor reads: `graph` puts them straight into the graph, marked not"
        " reviewed; `review` keeps them out, 'to review', until a person accepts them",
    )
    user: str = Field(
        default_factory=lambda: _login_name(),
        description="who the CLI records as making a decision (default: the login name)",
    )
    max_page_size: int = 500
    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def backend(self) -> str:
        return "neo4j" if self.neo4j_uri else "sqlite"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "graph.sqlite3"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return "someone"


@lru_cache
def get_settings() -> Settings:
    return Settings()
