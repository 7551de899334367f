// The scope the sample's calls need (the analyzer checks every call against it). /login asks for it plus read:me (to
// learn whose tokens they are) and offline_access (to refresh without the user).
[assembly: Scopewise.GrantedScopes("read:space:confluence")]
