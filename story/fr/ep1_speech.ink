// Épisode 1 — Le discours (les vœux du Président, donnés en avance). Mi-décembre 2015, la salle du conseil (la semaine 1 de la campagne est celle du lundi 4 janvier 2016).
// Choix léger : fixe `confidence` (speech_applaud 1, speech_doubt -1, speech_joke 0).

=== ep1_speech ===
#episode:1
#scene:boardroom #music:office
Journal de bord, lundi 14 décembre 2015. Tout le siège s'entasse dans la salle du conseil pour les vœux du Président, avec trois semaines d'avance : en janvier, il sera au CES de Las Vegas, et les objectifs 2016 ne vont pas l'attendre. Deux cents personnes, pas assez de chaises, et un buffet interdit jusqu'à la fin du discours.
Cécile m'a gardé une place. Elle m'a recrutée il y a deux ans, et elle me garde encore des places. #char:cecile:neutral
Ce matin, pourtant, elle tortille son stylo comme s'il lui devait de l'argent. #char:cecile:tense
alice: Ça va ? #char:alice:neutral
cecile: Très bien. Écoute-le. #char:cecile:tense
Le Président monte au pupitre sans la moindre note. Il n'a jamais de notes. #char:president:neutral #sfx:applause
president: Bonjour à tous. Mes meilleurs vœux pour 2016, à vous et à vos proches.
Voilà pour la partie chaleureuse : onze secondes. J'ai compté.
president: 2015 a été une année record. Pour la première fois, le Groupe a dépassé les trois milliards d'euros de chiffre d'affaires.
Applaudissements. Un « ouais ! » fuse du fond, puis se ravise. #sfx:applause
president: Le grand public a progressé. L'international a progressé. Merci à ces équipes.
president: Notre activité Entreprises, en France, n'a pas progressé. #char:president:tense
La salle perd quatre degrés. Cécile arrête de tortiller son stylo. #char:cecile:worried #music:tension
president: Les clients professionnels, c'est là que sont les marges. Nos concurrents le savent. Nous, visiblement, nous l'avons oublié.
Le B2B en France, c'est à une virgule près ma fiche de poste.
president: Pour le premier semestre 2016, je fixe au marketing B2B un objectif. Un seul.
president: Vingt pour cent de leads qualifiés en plus par rapport au premier semestre 2015. Des leads acceptés par nos commerciaux. Pas des clics. Pas des « j'aime ».
president: Je suivrai les résultats de près. Personnellement. #char:president:neutral
Je jurerais qu'il me regarde, moi. Il ne sait même pas qui je suis.
Sous la table, le genou de Cécile tressaute. Le mien suit. #char:cecile:tense
president: Merci à tous. Le buffet vous attend.
Les applaudissements démarrent ; chacun guette son voisin pour savoir avec quelle conviction applaudir. #sfx:applause
* [Applaudir à tout rompre. Vingt pour cent ? Même pas peur. #id:speech_applaud]
  ~ confidence = 1
  J'applaudis comme au rappel d'un concert. Vingt pour cent en six mois ? Il suffira d'être brillants. #char:alice:happy
  Cécile jette un œil à mes mains. Un presque-sourire. #char:cecile:neutral
  cecile: Garde cette énergie. Tu vas en avoir besoin.
* [Applaudir poliment, en faisant le calcul. #id:speech_doubt]
  ~ confidence = -1
  J'applaudis mollement. Dans ma tête, un tableur s'ouvre : les leads de l'an dernier, plus vingt pour cent, divisés par un budget dont personne n'a parlé. Toutes les cellules virent au rouge. #char:alice:worried
  Cécile voit ma tête et secoue imperceptiblement la sienne. Pas ici. #char:cecile:worried
* [Glisser à Cécile : « Que vingt ? Pourquoi pas cinquante ? » #id:speech_joke]
  ~ confidence = 0
  alice: Que vingt pour cent ? Dommage, j'avais libéré mon après-midi pour cinquante. #char:alice:happy
  cecile: Pas aujourd'hui. S'il te plaît. #char:cecile:tense
  Mais le coin de sa bouche frémit. Je prends !
- Le Président sort par la porte latérale, deux directeurs dans son sillage. #exit:president #music:office
Cécile se lève trop vite. #char:cecile:tense
cecile: À tout à l'heure. Et ne prévois rien cette semaine.
Elle a déjà filé. #exit:cecile
#scene:alice_desk
Retour à mon bureau, une mignardise en guise de dédommagement. Goût beurre et angoisse.
Mon téléphone vibre. #sfx:phone_buzz #prop:sms
aurelie: jé vu ta tête dpuis le fon de la salle !! respir. 20% c 1 chifre, pa 1 condamnation
aurelie: café dmain ? kesk je pe fer pr toi ? sérieu
Aurélie, de la Communication. Mon amie, et la seule des deux cents à m'avoir écrit.
{
- confidence > 0:
  Je lui réponds par un pouce levé et un biceps. Je me sens encore capable de soulever l'immeuble.
- confidence < 0:
  Je lui réponds : « toutes les cellules sont rouges ». Elle me renvoie une tête de mort et trois cœurs.
- else:
  Je lui réponds : « j'ai demandé cinquante ». Elle me renvoie : « t complètmen fol. jtm ».
}
Vingt pour cent. Six mois. Un Président qui regarde. #prop:none
Bonne année, Alice.
-> ep2_night
