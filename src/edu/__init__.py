"""edu: a study and teaching kit for China's National Human Rights Action Plan (2021–2025)."""
