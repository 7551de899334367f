using Lib;

namespace App;

public static class Cleanup
{
    public static Task RemoveAsync(PagesApi api, long id) => api.DeletePageAsync(id);
}
