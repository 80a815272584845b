"""Shared by the linking rules: the techniques that show an image without copying it, and
their labels."""

LINKING = ("embed", "hotlink", "link")
TECHNIQUE_FR = {
    "embed": "intégration (iframe / framing)",
    "hotlink": "affichage par lien direct vers l'image (hotlink)",
    "link": "simple lien hypertexte",
}
TECHNIQUE_EN = {
    "embed": "embedding (iframe / framing)",
    "hotlink": "display through a direct link to the image (hotlink)",
    "link": "a plain hyperlink",
}
