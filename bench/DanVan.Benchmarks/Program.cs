using System.CommandLine;
using DanVan.Benchmarks.Hostile;
using DanVan.Benchmarks.Ingestion;
using DanVan.Benchmarks.Peer;
using DanVan.Benchmarks.Reading;
using DanVan.Benchmarks.Retrieval;

// Benchmarks of DanVan.Core, run by hand from the repository root (they read appsettings.json, knowledge/ and the dev
// set there): dotnet run -c Release --project bench/DanVan.Benchmarks -- retrieval|ingest|peer|hostile|coverage …
Console.OutputEncoding = System.Text.Encoding.UTF8;
var folder = new Option<string>("--data") { Description = "Where corpora and indexes are kept (reused between runs).", DefaultValueFactory = _ => "data/bench" };
var root = new RootCommand("DanVan.Bot benchmarks: retrieval and ingestion of DanVan.Core, and the Lucene.Net peer. Not tests.")
{
    RetrievalVerb.Create(folder),
    IngestVerb.Create(folder),
    PeerVerb.Create(folder),
    HostileVerb.Create(),
    CoverageVerb.Create(folder),
};
return await root.Parse(args).InvokeAsync();
