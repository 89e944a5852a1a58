"""The MkDocs side of the edition: small modules, each fixing or adding one thing to what MkDocs, Material and
static-i18n write. Only these and the hook files import MkDocs; the engine (`edition`) never does."""
