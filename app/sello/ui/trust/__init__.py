"""The Trust page's parts: publishing the did:web kit and checking the website, trust
lists (imported, and the ones this company operates), trusted operators, and offline
trust bundles."""
