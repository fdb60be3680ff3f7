// Épisode 1 — Le discours. Début janvier 2016, la salle du conseil.
// Choix léger : fixe `confidence` (speech_applaud 1, speech_doubt -1, speech_joke 0).

=== ep1_speech ===
#episode:1
#scene:boardroom #music:office
Journal de bord, lundi 4 janvier 2016. Premier jour ouvré de l'année, et tout le siège s'entasse dans la salle du conseil pour les vœux du Président.
Deux cents personnes, pas assez de chaises, et un buffet de mignardises auquel personne n'a le droit de toucher avant la fin du discours.
Cécile m'a gardé la place à côté d'elle. Elle m'a recrutée il y a deux ans, et elle me garde encore des places. C'est ce genre de patronne. #char:cecile:neutral
Sauf que ce matin, elle tortille son stylo comme s'il lui devait de l'argent. #char:cecile:tense
alice: Ça va ? #char:alice:neutral
cecile: Très bien. Écoute-le, c'est tout. #char:cecile:tense
La lumière baisse d'un cran. Le Président monte au pupitre sans la moindre note. Il n'a jamais de notes. #char:president:neutral #sfx:applause
president: Bonjour à tous. Permettez-moi d'abord de vous adresser, à vous et à vos proches, mes meilleurs vœux pour 2016.
Voilà pour la partie chaleureuse. Elle dure à peu près onze secondes. J'ai compté.
president: 2015 a été une année record. Pour la première fois de son histoire, le Groupe a dépassé les trois milliards d'euros de chiffre d'affaires.
Applaudissements. Quelqu'un au fond lâche un « ouais ! », puis se ravise. #sfx:applause
president: Le grand public a progressé. L'international a progressé. Je remercie ces équipes.
president: Notre activité Entreprises, en France, n'a pas progressé. #char:president:tense
La température de la salle chute d'environ quatre degrés. Cécile arrête de tortiller son stylo. #char:cecile:worried #music:tension
president: Les clients professionnels, c'est là que sont les marges. Nos concurrents le savent. Nous, visiblement, nous l'avons oublié.
Le B2B en France. C'est mon bureau. C'est, à une virgule près, ma fiche de poste.
president: Pour le premier semestre 2016, je fixe donc au marketing B2B un objectif. Un seul.
president: Vingt pour cent de leads qualifiés en plus par rapport au premier semestre 2015. Des leads acceptés par nos commerciaux. Pas des clics. Pas des « j'aime ».
Il laisse le chiffre flotter au-dessus de nos têtes, comme un manteau suspendu à une patère.
president: Je suivrai les résultats de près. Personnellement. #char:president:neutral
Il balaie la salle du regard. Je jurerais qu'il me regarde, moi. Il ne sait même pas qui je suis. Il me regarde quand même.
Sous la table, le genou de Cécile s'est mis à tressauter. Le mien l'accompagne, par solidarité. #char:cecile:tense
president: Merci à tous. Le buffet vous attend.
Les applaudissements démarrent, et chacun guette son voisin pour savoir avec quelle conviction applaudir. #sfx:applause
* [Applaudir à tout rompre. Vingt pour cent ? Même pas peur. #id:speech_applaud]
  ~ confidence = 1
  J'applaudis comme au rappel d'un concert. Vingt pour cent en six mois. Il suffira d'être brillants. Ça ne doit pas être si compliqué. #char:alice:happy
  Cécile jette un œil à mes mains, puis à mon visage. Un presque-sourire. #char:cecile:neutral
  cecile: Garde cette énergie. Tu vas en avoir besoin.
* [Applaudir poliment, en faisant le calcul dans ma tête. #id:speech_doubt]
  ~ confidence = -1
  J'applaudis, mollement. Dans ma tête, un tableur s'ouvre tout seul : les leads de l'an dernier, plus vingt pour cent, divisés par un budget dont personne n'a parlé. #char:alice:worried
  Les cellules virent au rouge. Toutes. Même les en-têtes.
  Cécile voit ma tête et secoue imperceptiblement la sienne. Pas ici. #char:cecile:worried
* [Glisser à Cécile : « Que vingt ? Pourquoi pas cinquante ? » #id:speech_joke]
  ~ confidence = 0
  alice: Que vingt pour cent ? Dommage, j'avais libéré mon après-midi pour cinquante. #char:alice:happy
  cecile: Pas aujourd'hui. S'il te plaît. #char:cecile:tense
  Mais le coin de sa bouche frémit. Je prends !
- Le Président sort par la porte latérale, deux directeurs dans son sillage. #exit:president #music:office
Cécile se lève trop vite et fait tomber son stylo. #char:cecile:tense
cecile: À tout à l'heure. Et ne prévois rien cette semaine.
Elle a disparu avant que j'aie pu lui dire que je n'avais rien de prévu. #exit:cecile
#scene:alice_desk
Retour à mon bureau, avec une mignardise prise à titre de dédommagement. Elle a un goût de beurre et d'angoisse.
Mon téléphone vibre dans ma poche. #sfx:phone_buzz #prop:sms
aurelie: jé vu ta tête dpuis le fon de la salle !! respir. 20% c 1 chifre, pa 1 condamnation
aurelie: café dmain ? kesk je pe fer pr toi ? sérieu
Aurélie, de la Communication. Mon amie, ma confidente, ma fournisseuse officielle de chocolat en cas de crise.
Deux cents personnes dans cette salle, et c'est la seule qui a pensé à m'envoyer un message.
{
- confidence > 0:
  Je lui réponds par un pouce levé et un biceps. J'ai encore l'impression de pouvoir soulever l'immeuble à moi toute seule.
- confidence < 0:
  Je lui réponds : « toutes les cellules sont rouges ». Elle me renvoie une tête de mort et trois cœurs. Elle me comprend.
- else:
  Je lui réponds : « j'ai demandé cinquante ». Elle me renvoie : « t complètmen fol. jtm ».
}
Vingt pour cent. Six mois. Un Président qui regarde. #prop:none
Bonne année, Alice.
-> ep2_night
