# collabgraph API image: imports seeds/ into the graph, then serves the API on :8000.
# Used by docker-compose.yml (with the neo4j service); also runs alone on SQLite.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Only what the package build needs (keeps .venv/.neo4j out of the image).
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
COPY api ./api
RUN pip install .
COPY seeds ./seeds

EXPOSE 8000
CMD ["sh", "-c", "collabgraph import seeds/ && exec collabgraph serve --host 0.0.0.0"]
