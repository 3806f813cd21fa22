using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace DanVan.Benchmarks.Hostile;

/// <summary>
/// Hostile and degenerate documents, made on the fly (nothing committed): deeply nested HTML, PDF bombs, PDFs with
/// huge page or object counts, zip bombs dressed as .docx, and giant text without sentence ends. Used by the reader
/// tests and by the benchmarks project's <c>hostile</c> verb, which writes them to a folder for measuring <c>ingest</c> (time, peak RSS).
/// Only the BCL is used.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Every file of the corpus; all but the <c>giant-</c> ones must be refused.</summary>
    public static IEnumerable<(string Name, byte[] Content)> All()
    {
        yield return ("nested-div-100k.html", NestedHtml("div", 100_000));
        yield return ("nested-b-1m.html", NestedHtml("b", 1_000_000));
        yield return ("nested-table-100k.html", NestedHtml("table", 100_000));
        yield return ("bomb-1gb.pdf", PdfBomb(1024L * 1024 * 1024));
        yield return ("pages-20k.pdf", ManyPagesPdf(20_000));
        yield return ("objects-300k.pdf", ManyObjectsPdf(300_000));
        yield return ("nested-arrays.pdf", NestedArraysPdf(200_000));
        yield return ("zip-bomb-1gb.docx", ZipBombDocx(1024L * 1024 * 1024));
        yield return ("zip-bomb-lying-sizes.docx", LyingSizes(ZipBombDocx(1024L * 1024 * 1024)));
        yield return ("entries-20k.docx", ManyEntriesDocx(20_000));
        yield return ("deep-xml-100k.docx", DeepXmlDocx(100_000));
        yield return ("giant-sentence-200kb.txt", Encoding.UTF8.GetBytes(OneSentence(200 * 1024)));
        yield return ("giant-line-14mb.txt", Encoding.UTF8.GetBytes(OneSentence(14 * 1024 * 1024)));
    }

    /// <summary>An HTML page whose body nests <paramref name="depth"/> unclosed <paramref name="tag"/> elements.</summary>
    public static byte[] NestedHtml(string tag, int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Lồng sâu</title></head><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }

        html.Append("Dân vận khéo.</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>A one-page PDF whose Flate content stream inflates to <paramref name="inflatedBytes"/> bytes of spaces.</summary>
    public static byte[] PdfBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, inflatedBytes - written));
            }
        }

        var stream = compressed.ToArray();
        return Pdf(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            ],
            ($"<< /Length {stream.Length} /Filter /FlateDecode >>", stream));
    }

    /// <summary>A PDF whose page tree lists <paramref name="pages"/> pages sharing one small content stream.</summary>
    public static byte[] ManyPagesPdf(int pages)
    {
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 5} 0 R"));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length 31 >>\nstream\nBT /F1 12 Tf 72 720 Td (x) Tj ET\nendstream",
        };
        for (var i = 0; i < pages; i++)
        {
            objects.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
        }

        return Pdf(objects);
    }

    /// <summary>A one-page PDF followed by <paramref name="count"/> unused tiny objects.</summary>
    public static byte[] ManyObjectsPdf(int count)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        };
        objects.AddRange(Enumerable.Repeat("0", count));
        return Pdf(objects);
    }

    /// <summary>A PDF whose catalog holds an array nested <paramref name="depth"/> levels deep.</summary>
    public static byte[] NestedArraysPdf(int depth) => Pdf(
        [
            $"<< /Type /Catalog /Pages 2 0 R /Junk {new string('[', depth)}{new string(']', depth)} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]);

    /// <summary>A .docx whose main part inflates to <paramref name="inflatedBytes"/> bytes (and says so in its directory).</summary>
    public static byte[] ZipBombDocx(long inflatedBytes) => Docx(zip =>
    {
        using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
        for (long written = 0; written < inflatedBytes; written += chunk.Length)
        {
            part.Write(chunk, 0, (int)Math.Min(chunk.Length, inflatedBytes - written));
        }
    });

    /// <summary>The same archive with every entry's uncompressed size in its headers set to 1 KB: a bomb that hides.</summary>
    public static byte[] LyingSizes(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var sizeAt = signature switch { 0x04034b50 => i + 22, 0x02014b50 => i + 24, _ => -1 };
            if (sizeAt > 0)
            {
                BitConverter.GetBytes(1024u).CopyTo(bytes, sizeAt);
            }
        }

        return bytes;
    }

    /// <summary>A .docx with <paramref name="entries"/> extra empty parts.</summary>
    public static byte[] ManyEntriesDocx(int entries) => Docx(zip =>
    {
        WriteEntry(zip, "word/document.xml", MainPart("<w:p><w:r><w:t>Dân vận</w:t></w:r></w:p>"));
        for (var i = 0; i < entries; i++)
        {
            zip.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"word/media/e{i}.bin"));
        }
    });

    /// <summary>A .docx whose body nests <paramref name="depth"/> elements.</summary>
    public static byte[] DeepXmlDocx(int depth) => Docx(zip =>
        WriteEntry(zip, "word/document.xml", MainPart(string.Concat(Enumerable.Repeat("<w:sdt>", depth)) + string.Concat(Enumerable.Repeat("</w:sdt>", depth)))));

    /// <summary>Vietnamese words separated by commas and spaces, with no sentence end and no line break.</summary>
    public static string OneSentence(int length)
    {
        string[] words = ["cán bộ", "dân vận", "gần dân", "hiểu dân", "trọng dân", "vận động", "nhân dân", "xây dựng", "nông thôn mới"];
        var text = new StringBuilder(length + 32);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(words[i % words.Length]).Append(i % 7 == 6 ? ", " : " ");
        }

        return text.ToString(0, length);
    }

    private static byte[] Docx(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            fill(zip);
        }

        return buffer.ToArray();
    }

    private static string MainPart(string body) =>
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        body + "</w:body></w:document>";

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>Writes numbered objects (the last one optionally a binary stream) with a correct cross-reference table.</summary>
    private static byte[] Pdf(IReadOnlyList<string> objects, (string Dictionary, byte[] Data)? stream = null)
    {
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        foreach (var body in objects)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
        }

        if (stream is { } s)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{s.Dictionary}\nstream\n"));
            pdf.Write(s.Data);
            Write("\nendstream\nendobj\n");
        }

        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
