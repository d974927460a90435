"""Reading files and folders: manifests by header name, clear errors for bad files."""

import datetime

from timeline.ingest.sources import ArticleSource, SourceError, read_sources


def test_manifest_columns_are_read_by_header_name_and_unknown_ones_ignored(tmp_path):
    (tmp_path / "a.txt").write_text("Putin visited Kursk on Wednesday.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "extra,url,published,file,title\nx,https://example.org/a,2025-03-13,a.txt,A title\n", encoding="utf-8"
    )
    [source] = read_sources([tmp_path])
    assert isinstance(source, ArticleSource)
    assert source.published == datetime.date(2025, 3, 13)
    assert source.published_source == "manifest"
    assert source.title == "A title"
    assert source.url == "https://example.org/a"


def test_a_bad_file_is_reported_by_name_and_the_others_are_still_read(tmp_path):
    (tmp_path / "good.txt").write_text("Fine text.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00\x01garbage")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    results = list(read_sources([tmp_path]))
    errors = {r.name.rsplit("/", 1)[-1]: r.message for r in results if isinstance(r, SourceError)}
    assert set(errors) == {"binary.txt", "empty.txt"}
    assert "UTF-8" in errors["binary.txt"]
    assert errors["empty.txt"] == "no text"
    assert [r.raw_text for r in results if isinstance(r, ArticleSource)] == ["Fine text."]


def test_a_bad_manifest_date_names_the_file_and_the_value(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,13/03/2025\n", encoding="utf-8")
    [error] = read_sources([tmp_path])
    assert isinstance(error, SourceError)
    assert "a.txt" in error.name and "13/03/2025" in error.message


def test_a_file_listed_in_the_manifest_but_missing_is_an_error(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,published\nghost.txt,2025-03-13\n", encoding="utf-8")
    [error] = read_sources([tmp_path])
    assert isinstance(error, SourceError) and "ghost.txt" in error.name


def test_a_missing_path_is_an_error():
    [error] = read_sources(["/no/such/place"])
    assert isinstance(error, SourceError) and error.message == "no such file or folder"


def test_published_option_dates_a_single_file(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Text.", encoding="utf-8")
    [source] = read_sources([path], published=datetime.date(2025, 5, 21))
    assert source.published == datetime.date(2025, 5, 21)
    assert source.published_source == "command_line"


def test_html_gives_text_title_and_publication_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Site | Story</title>
        <meta property="og:title" content="Putin visits Kursk">
        <meta property="article:published_time" content="2025-03-12T21:00:00Z">
        <script>var x = "not text";</script></head>
        <body><nav>Home News</nav><article><p>Putin visited Kursk on Wednesday.</p>
        <p>He met &amp; praised troops.</p></article><footer>© Site</footer></body></html>""",
        encoding="utf-8",
    )
    [source] = read_sources([path])
    assert source.title == "Putin visits Kursk"
    assert source.published == datetime.date(2025, 3, 12)
    assert source.published_source == "html"
    assert source.raw_text == "Putin visited Kursk on Wednesday.\nHe met & praised troops."


def test_an_html_page_the_parser_cannot_read_is_one_bad_file(tmp_path, monkeypatch):
    from timeline.ingest import sources

    def broken(markup):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(sources, "extract_html", broken)
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Troops moved on Wednesday.", encoding="utf-8")
    error, good = read_sources([tmp_path])
    assert isinstance(error, SourceError) and "cannot read the HTML" in error.message
    assert isinstance(good, ArticleSource)
