// What the app's OAuth registration grants: exactly what its calls need. SW2001 (a call not covered) fails the build
// through TreatWarningsAsErrors and SW2002 (a grant no call needs) through .editorconfig, so a green build proves
// granted == needed; the test then compares this set with the manifest and with ScopewiseScopes.Granted.
[assembly: Scopewise.GrantedScopes(
    "read:label:confluence",
    "read:page:confluence",
    "read:space:confluence",
    "write:label:confluence",
    "write:page:confluence")]
