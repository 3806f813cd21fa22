using DanVan.Bot.Cli;

return await CliApp.RunAsync(args);
