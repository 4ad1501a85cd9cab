#!/usr/bin/env python3
"""Writes a large Word resume for the memory benchmark: a long body of
sections, bullets and tables, a header and a footer, and photos (random bytes,
stored, as real JPEGs barely compress) that fill the file up to the size asked for.

    tests/bench/make_large_docx.py OUT.docx [--mib 5] [--xml-mib 4]

The same arguments always give the same bytes (a fixed random seed), so runs
on different days measure the same file.
"""
import argparse
import io
import random
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
PIC = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'

VERBS = ["Built", "Designed", "Led", "Cut", "Migrated", "Scaled", "Automated", "Owned", "Shipped", "Reduced"]
THINGS = ["the billing service", "a Kafka ingestion pipeline", "the Postgres schema", "the payments API",
          "a Go gRPC gateway", "the CI/CD pipeline", "the search cluster", "an internal RPC framework"]
RESULTS = ["cutting p99 latency from 800 ms to 120 ms", "serving 40k requests per second",
           "saving $200k a year in cloud spend", "raising uptime to 99.99%", "for 3M daily users",
           "reducing deploy time by 70%"]


STAMP = (2024, 1, 1, 0, 0, 0)


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(text, style=None, bold=False, bullet=False):
    props = ""
    if style or bullet:
        props = "<w:pPr>"
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if bullet:
            props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        props += "</w:pPr>"
    return f"<w:p>{props}{run(text, bold)}</w:p>"


def table(rng, rows, cols):
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(rng.choice(THINGS))}</w:tc>" for _ in range(cols)) + "</w:tr>"
        for _ in range(rows))
    return f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{cells}</w:tbl>"


def picture(rid, index):
    emu = 914400  # one inch
    return (f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="{emu}" cy="{emu}"/>'
            f'<wp:docPr id="{index}" name="Photo {index}"/><a:graphic><a:graphicData>'
            f'<pic:pic><pic:blipFill><a:blip r:embed="{rid}"/></pic:blipFill></pic:pic>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def body(rng, text_bytes, pictures):
    parts = [paragraph("Jordan Example", "Title"),
             paragraph("jordan@example.com | +1 415 555 0100 | github.com/jordan-example")]
    size, role = 0, 0
    while size < text_bytes:
        role += 1
        chunk = [paragraph("Experience" if role == 1 else f"Experience, part {role}", "Heading1"),
                 paragraph(f"Senior Backend Engineer, Company {role}  2019 - 2024", bold=True)]
        for _ in range(12):
            chunk.append(paragraph(f"{rng.choice(VERBS)} {rng.choice(THINGS)}, {rng.choice(RESULTS)}.", bullet=True))
        chunk.append(table(rng, 4, 3))
        size += sum(len(c) for c in chunk)
        parts += chunk
    per = max(1, len(parts) // (pictures + 1))
    for i in range(pictures):
        parts.insert((i + 1) * per, picture(f"rIdImg{i}", i + 1))
    return "".join(parts)


def build(mib, xml_mib):
    rng = random.Random(20261128)
    pictures = 8
    text_bytes = int(xml_mib * (1 << 20))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document {W} {R} {WP} {A} {PIC}><w:body>{body(rng, text_bytes, pictures)}'
                '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
                '<w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr></w:body></w:document>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            + "".join(f'<Relationship Id="rIdImg{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/photo{i}.jpeg"/>'
                      for i in range(pictures))
            + "</Relationships>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    header = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}>{paragraph("Jordan Example - Resume")}</w:hdr>'
    footer = f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {W}>{paragraph("Page 1")}</w:ftr>'
    content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Default Extension="jpeg" ContentType="image/jpeg"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '</Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8"?>'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    '</Relationships>')
    parts = {"[Content_Types].xml": content_types, "_rels/.rels": package_rels, "word/document.xml": document,
             "word/_rels/document.xml.rels": rels, "word/styles.xml": styles, "word/numbering.xml": numbering,
             "word/header1.xml": header, "word/footer1.xml": footer}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), text, zipfile.ZIP_DEFLATED)
        # Photos fill the file up to the size asked for.
        picture_bytes = max(0, int(mib * (1 << 20)) - out.tell()) // pictures
        for i in range(pictures):
            z.writestr(zipfile.ZipInfo(f"word/media/photo{i}.jpeg", date_time=STAMP), rng.randbytes(picture_bytes))
    return out.getvalue()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--mib", type=float, default=5.0, help="size of the file (default 5)")
    p.add_argument("--xml-mib", type=float, default=4.0,
                   help="size of the body's XML once inflated (default 4, some 40 times a long resume)")
    a = p.parse_args()
    data = build(a.mib, a.xml_mib)
    with open(a.out, "wb") as f:
        f.write(data)
    print(f"{a.out}: {len(data) / (1 << 20):.1f} MiB")


if __name__ == "__main__":
    main()
