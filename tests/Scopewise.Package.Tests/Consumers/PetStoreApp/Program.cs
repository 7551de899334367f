// Lists pets through the client generated from petstore.yaml. The pet store is not an Atlassian site: the connection
// sends every call to the base URL given on the command line, anonymously.
using PetShop.Api;
using Scopewise;

[assembly: GrantedScopes("read:pets")]

using var connection = new ApiConnection(new Uri(args[0]));
var pets = new PetStoreClient(connection);
foreach (var pet in await pets.Pets.ListPetsAsync(limit: 10))
{
    Console.WriteLine($"pet {pet.Id}: {pet.Name}");
}

// Never called: here so that the build shows SW2001 (write:pets is not granted) and the manifest lists it.
static class Shop
{
    public static Task<Pet> AddAsync(PetStoreClient pets) => pets.Pets.AddPetAsync(new NewPet { Name = "Rex" });
}
