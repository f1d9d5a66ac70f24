import { describe, expect, it } from "vitest";
import { decodeEntities } from "./html-entities.ts";
import { extractHtml } from "./html-extract.ts";
import { readArticle } from "./read-corpus.ts";

describe("extractHtml", () => {
  it("drops page furniture and keeps paragraphs apart", () => {
    const page = extractHtml(
      "<html><head><style>p{color:red}</style></head><body><nav>Home</nav><aside>Ads</aside>" +
        "<main><p>First\n   line</p><div>Second</div>third<br>fourth<ul><li>a</li><li>b</li></ul>" +
        "</main><footer>(c)</footer><noscript>Enable JS</noscript><template><p>t</p></template></body>",
    );
    expect(page.text).toBe("First line\n\nSecond\n\nthird\nfourth\n\na\nb");
  });

  it("reads the body even when <head> is never closed", () => {
    expect(extractHtml("<head><title>T</title><body><p>Text</p>").text).toBe("Text");
  });

  it("takes the title from <title>, else the first <h1> (even inside a skipped header)", () => {
    expect(extractHtml("<title> A &amp; B </title><h1>H</h1>").title).toBe("A & B");
    expect(extractHtml("<header><h1>Head <i>li</i>ne</h1></header><p>x</p>")).toEqual({
      text: "x",
      title: "Head line",
    });
  });

  it("takes the date from article:published_time, else the first <time datetime>", () => {
    const meta = '<meta content="2019-05-03T10:00:00Z" property="article:published_time">';
    expect(extractHtml(meta).date?.value).toBe("2019-05-03T10:00:00Z");
    const html = '<p>x</p><time datetime="PT2H">2h</time><time datetime=2019-06-01>June</time>';
    expect(extractHtml(html).date).toEqual({ value: "2019-06-01", offset: 39 });
  });

  it("never lets markup through: scripts dropped, escaped tags made inert, handlers gone", () => {
    const page = extractHtml(
      '<p>a<script>alert("</p>")</script>b</p><img src=x onerror="alert(1)">' +
        "<p>&lt;script&gt;x&lt;/script&gt; &lt;<<script>1</script>script>" +
        '<svg onload="alert(1)"><text>svg text</text></svg><style>b{}</style',
    );
    expect(page.text).toBe("ab\n\n＜script>x＜/script> <＜script>");
  });

  it("stays linear on nested junk (stray end tags once scanned the whole stack)", () => {
    const n = 200_000;
    const started = performance.now();
    expect(extractHtml("<nav>".repeat(n) + "</aside>".repeat(n) + "<body>x").text).toBe("x");
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("drops a tag cut off by the end of the file", () => {
    expect(extractHtml('<p>kept</p><a href="x').text).toBe("kept");
  });
});

describe("decodeEntities", () => {
  it("decodes named, decimal and hex references and leaves unknown ones", () => {
    expect(decodeEntities("&amp;&lt;&nbsp;&rsquo;&#8217;&#x2019;&#150;&bogus;&amp")).toBe(
      "&<\u00a0’’’–&bogus;&amp",
    );
  });

  it("does not read names off Object.prototype, nor make invalid code points", () => {
    expect(decodeEntities("&constructor;&toString;&#0;&#xD800;&#99999999;")).toBe(
      "&constructor;&toString;\ufffd\ufffd\ufffd",
    );
  });
});

describe("readArticle on .html", () => {
  const read = (html: string) => readArticle("in/page.html", Buffer.from(html));

  it("uses the extracted text as the article text, offsets into it", () => {
    const a = read("<title>T</title><p>Shelling in Idlib</p>");
    expect(a).toMatchObject({ id: "page", title: "T", text: "Shelling in Idlib", bodyStart: 0 });
  });

  it("skips a page with no text, and one with an impossible date, naming the line", () => {
    expect(read("<script>x</script>")).toMatchObject({ kind: "empty" });
    const bad = read('<p>x</p>\n\n<meta property="article:published_time" content="2019-02-30">');
    expect(bad).toMatchObject({ kind: "bad-date", line: 3 });
  });
});
