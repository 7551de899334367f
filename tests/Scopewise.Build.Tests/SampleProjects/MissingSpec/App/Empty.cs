namespace App;

/// <summary>The sample needs no code: the build stops before the compiler.</summary>
public static class Empty
{
}
