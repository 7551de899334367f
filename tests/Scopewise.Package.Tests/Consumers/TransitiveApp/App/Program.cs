using Scopewise;

using var connection = ApiConnection.FromEnvironment();
Console.WriteLine(await Lib.PageTitles.ReadAsync(connection, long.Parse(args[0])));
