import Frise
print(FriseVersion.string)
