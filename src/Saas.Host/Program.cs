using Saas.Host.Cli;

return await CommandLine.RunAsync(args);
