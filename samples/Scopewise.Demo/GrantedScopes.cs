// The scopes the demo's credential is expected to hold. The analyzer checks every call against them (SW2001 for a call
// needing more, SW2002 for a grant no call needs), and `login` asks for exactly these plus offline_access.
[assembly: Scopewise.GrantedScopes(
    "read:space:confluence",
    "read:page:confluence",
    "write:page:confluence",
    "read:content-details:confluence",
    "read:jira-work",
    "write:jira-work")]
